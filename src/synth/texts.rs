//! What the generated accounts write: ordinary posts per language, crypto talk that is not a
//! scam, the special accounts' own topics, and the incident texts (takeover posts, dedicated
//! scam posts, reactions) with their `{addr}`, `{coin}` and `{users}` placeholders.

pub(super) const LANGS: &[&str] = &["en", "es", "fr", "de", "pt"];

/// Ordinary posts per language, composed from an opening and an ending so texts vary.
pub(super) const ORDINARY: &[(&[&str], &[&str])] = &[
    (
        &[
            "Just finished a long run along the river, legs are done but what a view this morning",
            "Can't believe the game last night, that last minute goal was unreal",
            "Reading a great book on the history of navigation, highly recommend it",
            "Our team is hiring backend engineers, come build with us",
            "Coffee first, emails later",
            "The new season drops on Friday and I already cleared my weekend",
            "Thank you all for the kind messages, we are overwhelmed by the support",
            "Traffic on the bridge is terrible again, leave early if you can",
            "Made my grandmother's lasagna recipe tonight and it was perfect",
            "Anyone else watching the launch this afternoon?",
            "Finally fixed that bug that has been haunting me for a week",
            "Rainy Sunday, a blanket and a long movie",
        ],
        &[
            "",
            " 🙌",
            " #MondayMotivation",
            " Happy Wednesday everyone!",
            " link in bio",
            " 😂",
            " who's with me?",
        ],
    ),
    (
        &[
            "Qué partido anoche, no me lo puedo creer",
            "Terminando el informe del trimestre, por fin viernes",
            "Gracias a todos por los mensajes de cumpleaños",
            "Hoy toca paella con la familia",
            "El tráfico en la autopista está imposible otra vez",
        ],
        &[
            "",
            " vamos equipo",
            " sois los mejores",
            " 😍",
            " #buenosdias",
        ],
    ),
    (
        &[
            "Quelle belle journée à Paris, petit café en terrasse avant le travail",
            "Merci à toute l'équipe pour ce lancement réussi",
            "Le match de ce soir va être serré, qui regarde ?",
            "Encore une grève des trains demain, courage à tous",
        ],
        &["", " vous êtes incroyables", " 🇫🇷", " bonne soirée"],
    ),
    (
        &[
            "Endlich Wochenende, heute geht es in die Berge zum Wandern",
            "Danke an alle für die tollen Glückwünsche zum Jubiläum",
            "Der Zug hat wieder Verspätung, typisch Montag",
            "Heute Abend gibt es Spätzle, wer kommt vorbei?",
        ],
        &["", " 😊", " #Wochenende", " bis bald"],
    ),
    (
        &[
            "Que jogo incrível ontem à noite, ainda estou sem acreditar",
            "Bom dia! Café, música e muito trabalho pela frente",
            "Obrigado a todos pelo carinho nas mensagens de hoje",
            "Praia no fim de semana, finalmente",
        ],
        &["", " ❤️", " #bomdia", " valeu galera"],
    ),
];

/// Crypto talk that is not a scam: prices, exchange news, warnings (several languages).
pub(super) const CRYPTO_TALK: &[(&str, &str)] = &[
    (
        "en",
        "BTC doubled since March, what a run for the whole market this year",
    ),
    (
        "en",
        "Bitcoin hashrate hits a new all time high according to the latest data",
    ),
    (
        "en",
        "Just moved my coins to a hardware wallet, not your keys not your coins",
    ),
    (
        "en",
        "ETH gas fees are brutal today, waiting for the weekend to make any transfers",
    ),
    (
        "en",
        "Reminder: nobody will ever double your crypto, giveaways asking you to send first are scams",
    ),
    (
        "en",
        "Does anyone have a good guide to running a Lightning node at home?",
    ),
    (
        "en",
        "Market cap of the whole crypto market back above 300 billion today",
    ),
    (
        "es",
        "El bitcoin se duplicó desde marzo, qué año para las criptomonedas",
    ),
    (
        "fr",
        "Le bitcoin a doublé depuis mars, incroyable cette année",
    ),
    (
        "de",
        "Bitcoin hat sich seit März verdoppelt, verrücktes Jahr für Krypto",
    ),
    (
        "pt",
        "O bitcoin dobrou desde março, que ano para as criptomoedas",
    ),
];

/// Exchange announcements (the exchange's own account).
pub(super) const EXCHANGE_TALK: &[&str] = &[
    "We will list two new tokens on Friday, details on our blog",
    "Scheduled maintenance on Sunday 02:00 UTC: deposits and withdrawals will pause for about an hour",
    "Reminder: our staff will never DM you first or ask you to send funds. Report impersonators",
    "Trading volume hit a new record this week. Thank you for trading with us",
];

/// What news accounts and researchers post when nothing happens.
pub(super) const NEWS_TALK: &[&str] = &[
    "Markets close higher as tech stocks rally for a third day",
    "Storm warning issued for the coast this weekend, officials urge caution",
    "Parliament votes on the new budget later today: live updates",
    "Interview: the scientist behind the new battery chemistry",
];
pub(super) const RESEARCHER_TALK: &[&str] = &[
    "New write-up on a phishing kit that clones bank login pages, IOCs in the thread",
    "Patch your VPN appliances, exploitation in the wild started this morning",
    "Slides from my talk on browser extension malware are up",
    "Password reuse is still the number one way accounts get taken over. Turn on 2FA",
];

/// Takeover texts, July 2020 style, all with the campaign's one address.
pub(super) const HIJACK_TEXTS: &[&str] = &[
    "I am giving back to the community. All Bitcoin sent to the address below will be sent back doubled! If you send $1,000, I will send back $2,000. Only doing this for 30 minutes.\n\n{addr}",
    "Everyone is asking me to give back, and now is the time. I am doubling all payments sent to my BTC address for the next 30 minutes. You send $1,000, I send you back $2,000.\n\n{addr}",
    "We are giving back to our community. We support Bitcoin and we believe you should too! All Bitcoin sent to our address below will be sent back to you doubled!\n\n{addr}",
    "Feeling generous because of Covid-19. I will double any BTC payment sent to my BTC address for the next hour. Good luck, and stay safe out there!\n\n{addr}",
    "I have decided to give back to my fans. All Bitcoin sent to my address below will be sent back doubled. I am only doing this for the next 30 minutes. Enjoy!\n\n{addr}",
];

/// Dedicated scam account texts: `{coin}` is the chain's ticker, `{addr}` a valid address.
pub(super) const SCAM_TEXTS: &[(&str, &str)] = &[
    (
        "en",
        "🚀 GIVEAWAY 🚀 To celebrate our launch we are giving away 5,000 {coin}! Send 0.1 - 20 {coin} to the address below and get 2x back instantly. Hurry, only 2 hours left!\n{addr}",
    ),
    (
        "en",
        "I'm giving away 1,000 {coin} to my followers! Send {coin} to my address and I will send back double. Limited time only!\n{addr}",
    ),
    (
        "en",
        "Official {coin} giveaway is LIVE. All {coin} sent to the address below will be sent back doubled! Don't miss out 👇\n{addr}",
    ),
    (
        "es",
        "🎁 Sorteo oficial de {coin}: envía {coin} a la dirección de abajo y te devuelvo el doble al instante. ¡Solo hoy!\n{addr}",
    ),
    (
        "pt",
        "Sorteio oficial de {coin}! Envie {coin} para o endereço abaixo e receba o dobro de volta. Só hoje!\n{addr}",
    ),
];

/// Reactions to a takeover: `{users}` the victims' handles, `{addr}` the campaign address.
pub(super) const NEWS_REACTIONS: &[&str] = &[
    "Breaking: the accounts of {users} posted a Bitcoin giveaway scam asking followers to send funds to {addr}. The company says it is investigating what appears to be a coordinated attack.",
    "Several verified accounts, including {users}, were hacked and used to promote a cryptocurrency scam, according to the company. The posts asked users to send Bitcoin to {addr}.",
];
pub(super) const RESEARCHER_REACTIONS: &[&str] = &[
    "PSA: the \"send me BTC and I'll send back double\" posts from {users} are a SCAM, the accounts are compromised. Do NOT send anything to {addr}",
    "Scam alert: {addr} is collecting funds from the hacked {users} posts. Report it, don't pay. Nobody will double your bitcoin.",
];

pub(super) fn pick<'a>(rng: &mut fastrand::Rng, xs: &[&'a str]) -> &'a str {
    xs[rng.usize(0..xs.len())]
}

/// `s` cut to `n` characters, with `…` where it was cut.
pub(super) fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
