# -*- coding: utf-8 -*-
"""Texts of the tune4 corpus, written blind per language (not translated from one source).

Slots in {braces} are filled by make_tune4.py (addresses, amounts in the language's number
format, names, domains). All people, outlets, projects and local companies are fictional;
only famous brands (Binance, Coinbase, MetaMask, Ledger, Kraken, Trust Wallet) and famous
people named by scammers (Elon Musk, Vitalik Buterin, Michael Saylor) are real.
"""

LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
TEXT = {}

COMMON = {
    "brands": [("Binance", "binance", "binance.com"), ("Coinbase", "coinbase", "coinbase.com"),
               ("MetaMask", "MetaMask", "metamask.io"), ("Ledger", "Ledger", "ledger.com"),
               ("Kraken Exchange", "krakenfx", "kraken.com"), ("Trust Wallet", "TrustWallet", "trustwallet.com")],
    "celebs": ["Elon Musk", "Vitalik Buterin", "Michael Saylor", "Elon Musk", "CZ"],
    "tokens": ["LUMO", "KSTR", "VRDN", "PLNK", "OWLY", "MRSH", "QUILL", "TIDE", "FERN", "ZEPH"],
    "projects": [("Lumora", "lumora.finance"), ("Kestrel Swap", "kestrelswap.io"), ("Verdana Labs", "verdanalabs.xyz"),
                 ("Plinko Chain", "plinkochain.org"), ("Owlpaper NFT", "owlpaper.art"), ("Marsh Protocol", "marshprotocol.io"),
                 ("Quillnet", "quillnet.network"), ("Tidewell", "tidewell.fi"), ("Fernbrook", "fernbrook.xyz"),
                 ("Zephyr Rollup", "zephyrrollup.io")],
    "paths": ["promo/september", "events/trading-cup", "rewards/referral", "earn/staking", "campaign/deposit-bonus",
              "support/security", "blog/scam-awareness", "help/phishing", "events/new-user", "square/announcement"],
    "scam_paths": ["claim", "event", "x2", "airdrop/claim", "connect", "verify-wallet", "giveaway", "bonus",
                   "promo?ref=vip", "restore", "wallet-sync", "participate"],
    "scam_dom_a": ["binance", "coinbase", "metamask", "ledger", "musk", "tesla", "eth", "btc", "x2", "crypto",
                   "vitalik", "saylor", "trust", "wallet", "airdrop", "solana", "usdt"],
    "scam_dom_b": ["event", "giveaway", "bonus", "claim", "x2", "gift", "drop", "promo", "verify", "rewards",
                   "sync", "secure", "support", "double", "live"],
    "scam_tlds": ["com", "net", "live", "app", "io", "org", "site", "online", "top", "xyz", "vip", "pro", "cc"],
    "emoji": ["🚀", "🔥", "💰", "🎁", "⚠️", "✅", "👇", "💎", "📢", "🙏", "😂", "👀", "🤝", "📈", "🪙", "⚡"],
    "scammers": [("Binance Support 24/7", "BinanceHelpDsk"), ("MetaMask Help Center", "MetaMaskCare"),
                 ("Elon Musk ✪", "elonmusk_live"), ("Ledger Assistance", "LedgerAssist"),
                 ("Crypto Recovery Pro", "RecoverPro"), ("Airdrop Official", "AirdropOffic"),
                 ("Vitalik Buterin (Event)", "VitalikEvent"), ("Coinbase Support", "CoinbaseSupp"),
                 ("Trust Wallet Care", "TrustWCare"), ("Michael Saylor Event", "SaylorBTCx2")],
    "slots": {},
}

README_TEMPLATE = """# tune4: precision corpus (blind)

A labelled evaluation corpus for scamwatch whose main purpose is **precision**: it is
mostly innocent posts that look like crypto-giveaway scams, with a smaller set of real-looking
scams for balance, in 12 languages.

## How it was written

Blind. The author read only `docs/input.md` (message formats) and the section "The labels
format" of `docs/backtest.md`, nothing else of the project (no rules, source, models, tests
or other corpora), and never ran the detector. The sources are general knowledge of publicly
reported giveaway, drainer, fake-support, recovery and withdrawal-fee schemes, and of
ordinary crypto social-media talk. Every text was written directly in its language, with the
language's grammar and number format (`1,234.5` en/ja/ko/zh, `1.234,5` de/es/it/pt/tr,
`1 234,5` fr/ru, Arabic-Indic digits in part of the Arabic posts); it was not translated
from one text. People, outlets, local exchanges, police units, charities and projects are
fictional; only famous brands (Binance, Coinbase, MetaMask, Ledger, Kraken, Trust Wallet) and
the famous people scammers name (Elon Musk, Vitalik Buterin, Michael Saylor, CZ) are real.
Phone numbers are all `+1 (…) 555-01xx`. No address was copied from anywhere: every address
is computed from seeded random bytes (see below).

## Files

- `posts.jsonl`: Twitter API v2 stream messages (`data` + `includes.users`, t.co links with
  `entities.urls[].expanded_url`, `note_tweet` for long posts, replies with
  `referenced_tweets`/`in_reply_to_user_id`, retweets with `includes.tweets`) and account
  security events (`account_event`), in increasing event time, 2026-08-01 .. 2026-09-30.
- `labels.csv`: `kind,id,label` for every post (scam/benign) and every account (hijacked/
  scammer/normal).
- `make_tune4.py` (with `addr.py`, `tune4_text.py`): the deterministic generator, seed
  **{seed}**. `python3 make_tune4.py` rewrites the three files byte for byte;
  `python3 make_tune4.py --digest` prints their hashes without writing.
- `check_tune4.py`: the validator (every line parses and has a known shape, ids unique,
  times increasing and in range, every post and account labelled, no normal account is
  hijacked, every address in the text has a valid checksum, regeneration is identical under
  two different `PYTHONHASHSEED`s).

## Content

{n_posts} posts.

{table}

Benign kinds (hard negatives):

| kind | posts |
|---|---|
{kinds}

`news`: reports about giveaway scams and takeovers quoting the scam wording, sometimes its
address or defanged domain. `warning`: exchanges, wallets, police units and researchers
("we will never DM you", "nobody doubles crypto"), some with defanged domains. `victim_ask`:
"is this a scam?" with the scam text pasted. `hacked_notice`: "we were hacked, ignore the
last posts". `donation`: charities and fundraisers accepting crypto with an address.
`exchange_promo`: deposit bonuses, referral rewards, trading competitions, staking APY on
official domains. `nft_airdrop`: mints, airdrops and whitelist "drop your wallet" threads by
projects. `creator_giveaway`: like-and-retweet giveaways of merch or small amounts.
`price_talk`: price targets, "2x", leverage, "doubled my money" on a trade. `tip_jar`,
`friend_payment`, `dev_address` (contract addresses, explorer links, payment URIs in docs),
`meme` (jokes about the doubling scam), `non_crypto` (double espresso, lost leather wallet,
luggage claims, data recovery…). `retweet_of_scam`: a normal person's retweet of a scam
(not their own speech, so benign). Part of the benign posts are the ordinary history of the
hijacked accounts ({history} posts) and their own "we were hacked" notices after the takeover
({notices} posts).

Scam posts by type:

| type | posts |
|---|---|
{types}

Giveaway/doubling promises, drainer claim links, fake presales, "drop your wallet" scam
giveaways, and replies ({replies} in all) under victims' questions and warnings: recovery
services, fake support, winner fee follow-ups, withdrawal-tax demands. Each language has at
least 15 distinct scam phrasings with slots.

Accounts: {accounts}. The hijacked accounts are old with many followers; each has 3–8 ordinary
posts over the prior weeks and then a scam burst of 2–5 posts; {hijacked_with_events} of them
have account security events ({events} in all) minutes before the burst, the rest none.
Scammer accounts are new with few followers. Normal accounts mix ages and audiences and
include verified fictional outlets, local exchanges, police units and the real brands'
accounts posting warnings and promotions.

Obfuscation where natural: {obf_benign} benign posts carry emoji framing or extra line breaks
(and, in CJK posts, fullwidth letters/digits or mixed scripts); {obf_scam} scam posts carry one
of those or an evasion trick (Cyrillic homoglyphs, spaced letters, fullwidth tickers).
Addresses, URLs, e-mails and phone numbers are never altered.

## Addresses

Computed in `addr.py` from seeded random bytes, implemented from the specifications:
Bitcoin P2PKH/P2SH base58check (version bytes 0x00/0x05), bech32 P2WPKH (`bc1q…`, BIP-173)
and bech32m taproot (`bc1p…`, BIP-350); Litecoin bech32 (`ltc1q…`); Dogecoin base58check
(0x1e); Tron base58check (0x41, `T…`); Ethereum EIP-55 mixed-case checksums over a
Keccak-256 written in Python (checked against the EIP-55 and BIP-173 test vectors); Solana
base58 of 32 random bytes; transaction hashes are random 32-byte hex. Payment URIs follow
BIP-21 (`bitcoin:…?amount=`) and EIP-681 (`ethereum:…@1?value=`).
"""

TEXT["en"] = {
    "order": "fl",
    "first": [("Megan", "megan"), ("Tyler", "tyler"), ("Priya", "priya"), ("Marcus", "marcus"), ("Hannah", "hannah"),
              ("Jordan", "jordan"), ("Aisha", "aisha"), ("Connor", "connor"), ("Beth", "beth"), ("Dev", "dev"),
              ("Lucy", "lucy"), ("Owen", "owen")],
    "last": [("Whitfield", "whitfield"), ("Okafor", "okafor"), ("Brennan", "brennan"), ("Castellan", "castellan"),
             ("Hollis", "hollis"), ("Pemberton", "pemberton"), ("Nakashima", "nakashima"), ("Ridley", "ridley"),
             ("Stroud", "stroud"), ("Vance", "vance")],
    "cities": ["Leeds", "Portland", "Halifax", "Brisbane", "Cork", "Austin", "Glasgow"],
    "outlets": [("The Ledger Line", "theledgerline", "theledgerline.news"),
                ("Chainwire Daily", "chainwiredaily", "chainwiredaily.com"),
                ("Northgate Tribune Tech", "northgatetech", "northgatetribune.com")],
    "exchanges": [("Harbor Exchange", "HarborExchange", "harborex.com"), ("Boltvault", "boltvault", "boltvault.io")],
    "police": [("Riverside County Cyber Unit", "RiversideCyber", "riversidecounty-cyber.gov"),
               ("Fraud Watch Desk", "FraudWatchDesk", "fraudwatchdesk.org")],
    "charities": [("Open Shelter Fund", "OpenShelterFund", "openshelterfund.org"),
                  ("Clearwater Wells Project", "ClearwaterWells", "clearwaterwells.org")],
    "projects": [("Lumora", "lumora_fi", "lumora.finance"), ("Owlpaper NFT", "owlpapernft", "owlpaper.art"),
                 ("Kestrel Swap", "kestrelswap", "kestrelswap.io")],
    "celebs": [("Dave Ramsfield", "daveramsfield"), ("Kira Monroe", "kiramonroemusic")],
    "scammers": [("Elon Musk", "elon_x2_gift"), ("Account Recovery Expert Sarah", "sarahrecovers"),
                 ("Support Team", "walletfixdesk")],
    "items": ["hoodies", "signed posters", "stickers", "mugs"],
    "benign": {
        "news": [
            "Scammers took over the account of a {city} radio host on Tuesday and posted \"{quote}\". Followers sent about ${stolen} before the posts were removed, according to on-chain data.",
            "A fake livestream using old footage of {celeb} promised to \"double any BTC sent\" to {btc}. The address received {victims} payments before the stream was pulled, researchers said.",
            "Police in {city} said {victims} people reported losses to a site, {defang}, that posed as a {brand} giveaway. The operators have not been identified.",
            "Report: giveaway fraud cost users ${stolen} last quarter. The most common line was still \"{quote}\", often posted from hijacked verified accounts.",
            "The hijacked profile of a {city} football club posted a fake token presale for 40 minutes before staff regained control. The club said no fan data was taken.",
        ],
        "warning": [
            "{org} will never DM you first, never ask for your seed phrase, and never double your crypto. If a post says \"send 1 get 2 back\", it is a scam. Report it.",
            "Reminder: we don't run giveaways that ask you to send funds first. Official promotions only appear on {org_domain}. Anything else (e.g. {defang}) is phishing.",
            "PSA from a security researcher: drainer kits are back. \"Claim your airdrop\" pages ask you to sign a permit that empties your wallet. Never sign what you can't read.",
            "Scam alert: fraudsters are replying to complaints pretending to be our support. We will never ask you to \"validate\" your wallet or call {phone}-style numbers from replies.",
            "Nobody is giving away {ticker}. Not Elon, not us, not your favorite influencer. If it asks you to send crypto to receive more, it's theft. Full stop.",
            "Quick thread on \"recovery agents\": anyone who promises to get back stolen crypto for an upfront fee is running the second half of the same scam. Victims get hit twice.",
        ],
        "victim_ask": [
            "Is this legit?? Got this in my replies:\n\n\"{paste}\"\n\nfeels off but the account has a blue check",
            "my uncle wants to send ${usd_small} to this because \"it's Elon's event\": {quote}... how do I explain it's fake",
            "Someone DMed me saying I won an airdrop and I just need to connect my wallet at a link. Haven't clicked. Scam right?",
            "Sent {crypto_small} ETH to one of those double-your-money posts last night before I realized. Anything I can do or is it gone?",
            "Can someone confirm this is a scam before my friend falls for it: \"{quote}\"",
        ],
        "hacked_notice": [
            "Our account was compromised earlier today. Please ignore any posts about giveaways or token launches from the last few hours. We never ask for crypto.",
            "I got hacked. Those crypto posts were NOT me. Do not send anything to any address posted from this account. Working with support to lock it down.",
            "Update: access restored, the fake airdrop tweets are deleted, 2FA is back on. If you clicked the link and signed anything, revoke approvals now.",
        ],
        "donation": [
            "{charity} now accepts crypto for the winter appeal. BTC: {btc}  ETH: {eth}. Receipts on request; every coin goes to beds and meals.",
            "Our flood relief drive in {city} is at {pct}% of goal. You can donate by card or crypto ({addr}, {coin}). Thank you, truly.",
            "Donations for the community clinic can be sent to our published address {eth}. Audited reports are on our website every quarter.",
        ],
        "exchange_promo": [
            "New on {org}: deposit at least ${usd_small} in USDC this month and get a {int_pct}% trading-fee rebate for 30 days. Terms: {official_url}",
            "The {org} Trading Cup is back: ${usd_big} prize pool split among the top 100 by volume. Register before the {day}th at {official_url}",
            "Invite friends, earn together: {int_pct}% of their trading fees as referral rewards. Details and eligibility: {official_url}",
            "Flexible staking for ETH now pays an estimated {apy}% APY. Rates change daily; read the risks first at {official_url}",
        ],
        "nft_airdrop": [
            "Season 2 airdrop is live. Eligible wallets can claim {token} on {proj_url} only. We will never DM you a claim link.",
            "Allowlist raffle for the {project} mint! Drop your wallet address below (public address only, never your seed) and tag a friend. Winners announced on the {day}th.",
            "Mint opens Friday at 17:00 UTC, {count} pieces, 0.03 ETH each. The only contract: {contract}. Bookmark {proj_url}",
        ],
        "creator_giveaway": [
            "Hit 50k subscribers! Giving away {winners} of our {item}. Like + retweet to enter, winners picked Sunday. No purchase, no crypto, just thanks.",
            "GIVEAWAY: ${usd_small} Steam gift card to one random person who retweets this. Ends tomorrow. Good luck!",
            "Small thank-you: I'll send {crypto_small} SOL to three people who reply with their favorite indie game this week. Paid from my own wallet, no strings.",
        ],
        "price_talk": [
            "{ticker} breaking the range. Target 1: +{pct}%, and if it holds the weekly I'm looking for a 2x from here. Not advice.",
            "Closed my {lev}x long on ETH at {price_eth}. Doubled my money on that trade and I'm never doing it again, my heart can't take it.",
            "BTC at {price_btc} and people still say it's too late lol. Same people in {year}.",
            "Signal: LONG {ticker}, entry zone shown on the chart, SL below the last swing low, TP1/TP2 at 1.5R and 2R. Risk 1% max.",
        ],
        "tip_jar": [
            "If my threads helped you, tips are welcome but never expected: BTC {btc}",
            "New guide is out, free as always. Tip jar ⚡ {btc} / ETH {eth}",
            "Keeping the bot running costs ~${usd_small}/month. If you want to chip in: {addr} ({coin}). Thanks to everyone who already did!",
        ],
        "friend_payment": [
            "{handle} you still owe me for the concert tickets 😂 send {crypto_small} ETH to the usual address or just venmo me",
            "ok who's in for the cabin weekend, ${usd_mid} each, I'll front it. USDT on Tron is fine: {trx}",
            "Paid you back {handle}, tx is {tx}. Double check it landed.",
        ],
        "dev_address": [
            "Verified the contract on Etherscan: {contract_url}. Source, ABI and constructor args are public; audit report linked in the repo.",
            "Docs tip: a BIP-21 payment link looks like {btc_uri} and most wallets will prefill the amount.",
            "For testing I keep a throwaway address {eth}. Please don't send real funds to it, it's in our public fixtures.",
            "EIP-681 example for the checkout page: {eth_uri}. Wallets parse value in wei.",
        ],
        "meme": [
            "Me: sends 1 BTC to Elon\nElon: sends 2 BTC back\nNarrator: he did not send 2 BTC back",
            "New investment strategy: I send you 0.1 ETH, you send me 0.2 ETH. Doubling is guaranteed, for me.",
            "\"Send 1 ETH, get 2 back\" is the crypto version of a Nigerian prince and I will not be taking questions",
        ],
        "non_crypto": [
            "Lost my brown leather wallet near the {city} market this morning. ID and a photo of my dog inside. If found please DM, reward offered!",
            "double espresso, no sugar, and a free refill because the barista saw my face. good morning to her only",
            "Airline lost my suitcase. Claim filed, they say 48 hours. If anyone knows how to actually reach a human at baggage claim, send help.",
            "Our data recovery service got 98% of the photos off a water-damaged drive. Backups, people. Send this to the friend who never backs up.",
            "Free giveaway at the library Saturday: seed packets and kids' books. Claim yours before noon!",
        ],
    },
    "scam": [
        ("giveaway", "To celebrate our community I'm giving back {crypto_max} BTC. Send between {crypto_min} and {crypto_max} BTC to {btc} and I'll send back double. Only the next {minutes} minutes!"),
        ("giveaway", "{celeb} live event 🔥 All {coin} sent to {addr} will be returned x2 immediately. Limited to {usd_big} participants. Don't miss it."),
        ("giveaway", "I'm feeling generous today. Any ETH sent to {eth} comes back doubled within 10 minutes. Max {crypto_max} ETH per person. Trust me 🙏"),
        ("giveaway", "OFFICIAL {brand} ANNIVERSARY: we are distributing {usd_big} USDT. Send {crypto_min} ETH to verify your address and receive 2x. Details: {scam_url}"),
        ("drainer", "$ETH airdrop for early supporters is LIVE 🪂 Connect your wallet and claim before it ends: {scam_url}"),
        ("drainer", "Eligibility checker is open. {token} allocation for holders, claim window {hours}h only → {scam_url}"),
        ("drainer", "We just launched our token on mainnet and I want my followers first. Free claim, gas only: {scam_url}"),
        ("presale", "Presale of {token} ends tonight. Send SOL to {sol} and tokens are sent automatically. Guaranteed 10x at listing."),
        ("presale", "Private round open for 2 more hours: min {crypto_min} ETH, listing price {mult}x your entry. Contract: {eth}"),
        ("wallet_drop", "Giving {usd_small} USDT to everyone who drops their wallet below 👇 Must be following. Sending in the next hour!"),
        ("wallet_drop", "Drop your SOL address, I'm airdropping {usd_mid} dollars to 100 people tonight. RT so more see it."),
        ("fee_followup", "Congratulations! You were selected in the giveaway. To release your {usd_mid} USDT, pay the network fee of {fee} ETH to {eth} first."),
        ("recovery", "Sorry for what happened. I got my stolen funds back with the help of a certified recovery agent, contact them on {email} — they are legit and fast."),
        ("recovery", "Don't give up! Crypto can be traced and recovered. Message our team on WhatsApp {phone}, we recovered {usd_big} for a client last week."),
        ("support", "Hello, we've received your complaint. Please reach our support desk through this secure link to resolve the issue: {scam_url}"),
        ("support", "Hi, this is {brand} support. For fast help with your frozen wallet, sync it at {scam_url} or call {phone}."),
        ("withdrawal_tax", "Your withdrawal of {usd_big} USDT is pending. A {int_pct}% tax must be paid before release. Send to {trx} and your funds unlock automatically."),
    ],
}

TEXT["es"] = {
    "order": "fl",
    "first": [("Lucía", "lucia"), ("Javier", "javier"), ("Camila", "camila"), ("Diego", "diego"), ("Valentina", "valen"),
              ("Andrés", "andres"), ("Rocío", "rocio"), ("Mateo", "mateo"), ("Ximena", "ximena"), ("Pablo", "pablo")],
    "last": [("Quiroga", "quiroga"), ("Barrientos", "barrientos"), ("Ocaña", "ocana"), ("Villalba", "villalba"),
             ("Santamarina", "santamarina"), ("Echeverri", "echeverri"), ("Lozano", "lozano"), ("Prieto", "prieto")],
    "cities": ["Valdecruces", "Zaragoza", "Rosario", "Valparaíso", "Mérida", "Cuenca", "Medellín"],
    "outlets": [("Diario Cadena Abierta", "cadenaabierta", "cadenaabierta.es"),
                ("Cripto Semanal", "criptosemanal", "criptosemanal.com"),
                ("El Faro Digital", "elfarodigital", "elfarodigital.es")],
    "exchanges": [("Cambio Austral", "CambioAustral", "cambioaustral.com"), ("Bitmercado", "bitmercado", "bitmercado.es")],
    "police": [("Unidad de Ciberdelitos de Valdecruces", "CiberValdecruces", "policiavaldecruces.es")],
    "charities": [("Fundación Manos Abiertas", "ManosAbiertasF", "manosabiertas.org"),
                  ("Comedor Solidario San Telmo", "ComedorSanTelmo", "comedorsantelmo.org")],
    "projects": [("Tidewell", "tidewell_es", "tidewell.fi"), ("Quillnet", "quillnet_es", "quillnet.network")],
    "celebs": [("Nacho Ferrán", "nachoferran"), ("Marta Albiol", "martaalbiol")],
    "scammers": [("Soporte Binance España", "SoporteBnce"), ("Recuperación Cripto Legal", "RecuperaCripto")],
    "items": ["camisetas", "tazas", "pegatinas firmadas"],
    "benign": {
        "news": [
            "La cuenta de un conocido chef de {city} fue hackeada el martes y publicó durante una hora: \"{quote}\". Según datos de la blockchain, sus seguidores enviaron unos {stolen} dólares.",
            "Un directo falso con imágenes antiguas de {celeb} prometía \"duplicar todo el BTC recibido\" en la dirección {btc}. Recibió {victims} pagos antes de ser retirado.",
            "La policía de {city} recibió {victims} denuncias por una web, {defang}, que se hacía pasar por un sorteo de {brand}.",
            "Los estafadores usaron cuentas verificadas robadas para anunciar una falsa preventa de tokens. El club afectado recuperó el control 40 minutos después.",
        ],
        "warning": [
            "En {org} nunca te escribiremos primero por mensaje privado ni te pediremos la frase semilla. Nadie duplica tus criptomonedas: si te lo prometen, es una estafa.",
            "Aviso: circula una web falsa ({defang}) que imita nuestra promoción. Las campañas oficiales solo se publican en {org_domain}.",
            "Consejo de la Unidad de Ciberdelitos: desconfíe de cualquier \"agente de recuperación\" que le pida una comisión por adelantado para devolverle fondos robados.",
            "Si alguien responde a tu queja diciendo ser soporte técnico y te pide \"sincronizar\" la cartera, bloquéalo. El soporte real no funciona así.",
        ],
        "victim_ask": [
            "¿Esto es real? Me ha llegado en las respuestas:\n\n\"{paste}\"\n\nla cuenta tiene el tic azul y me da mala espina",
            "Mi padre quiere mandar {usd_small} € a esto porque dice que es \"un evento de Elon\": {quote}... ¿cómo le explico que es falso?",
            "Me escribieron diciendo que gané un airdrop y que solo tengo que conectar la wallet en un enlace. No he pinchado. Estafa, ¿no?",
            "Anoche envié {crypto_small} ETH a uno de esos \"envía 1 y recibe 2\". ¿Hay algo que pueda hacer o lo doy por perdido?",
        ],
        "hacked_notice": [
            "Nos hackearon la cuenta esta mañana. Ignorad cualquier publicación sobre sorteos o tokens de las últimas horas. Nunca pedimos cripto.",
            "Me robaron la cuenta. Esos tuits de criptomonedas NO los escribí yo. No enviéis nada a ninguna dirección publicada aquí.",
            "Cuenta recuperada, tuits falsos borrados y 2FA activado. Si alguien firmó algo en ese enlace, que revoque los permisos ya.",
        ],
        "donation": [
            "La {charity} ya acepta donaciones en cripto para la campaña de invierno. BTC: {btc} · ETH: {eth}. Publicamos cada trimestre en qué se gasta.",
            "Llevamos el {pct} % del objetivo para las familias afectadas por las inundaciones en {city}. Se puede donar con tarjeta o en {coin}: {addr}",
            "Gracias a quienes donasteis al comedor. Dirección pública para quien prefiera cripto: {eth}. Recibos a petición.",
        ],
        "exchange_promo": [
            "Novedad en {org}: deposita al menos {usd_small} € este mes y consigue un {int_pct} % de reembolso en comisiones durante 30 días. Bases: {official_url}",
            "Vuelve la Liga de Trading de {org}: {usd_big} USDT repartidos entre los 100 primeros por volumen. Inscripción hasta el día {day}: {official_url}",
            "Invita a tus amigos y gana el {int_pct} % de sus comisiones. Condiciones: {official_url}",
            "Staking flexible de ETH con un APY estimado del {apy} %. La rentabilidad varía a diario; lee los riesgos en {official_url}",
        ],
        "nft_airdrop": [
            "La segunda temporada del airdrop ya está activa. Reclama tus {token} solo en {proj_url}. Nunca te mandaremos enlaces por privado.",
            "Sorteo de plazas en la allowlist de {project}: deja tu dirección pública de la wallet abajo (jamás la frase semilla) y menciona a un amigo. Ganadores el día {day}.",
            "El mint abre el viernes a las 17:00 UTC: {count} piezas a 0,03 ETH. Contrato único: {contract}",
        ],
        "creator_giveaway": [
            "¡Llegamos a 50 mil suscriptores! Sorteamos {winners} {item}. Dale a me gusta y retuitea para participar. Sin compras, sin cripto.",
            "SORTEO: una tarjeta regalo de {usd_small} € para una persona que retuitee esto. Termina mañana. ¡Suerte!",
            "Pequeño regalo: envío {crypto_small} SOL a tres personas que me digan su libro favorito del año. De mi propia wallet, sin trampa.",
        ],
        "price_talk": [
            "{ticker} rompiendo el rango. Primer objetivo +{pct} % y si aguanta el semanal busco un x2 desde aquí. No es consejo financiero.",
            "Cerré el largo x{lev} en ETH a {price_eth} $. Dupliqué lo invertido en esa operación y no lo vuelvo a hacer, casi me da algo.",
            "BTC en {price_btc} $ y todavía hay quien dice que llegamos tarde. Los mismos de {year}.",
            "Señal: LARGO en {ticker}, stop bajo el último mínimo, TP1 y TP2 a 1,5R y 2R. Arriesga como mucho el 1 %.",
        ],
        "tip_jar": [
            "Si mis hilos te han servido, las propinas se agradecen (nunca se exigen): BTC {btc}",
            "Nueva guía publicada, gratis como siempre. Bote ⚡ {btc} / ETH {eth}",
            "Mantener el bot cuesta unos {usd_small} € al mes. Si queréis echar una mano: {addr} ({coin}). ¡Gracias!",
        ],
        "friend_payment": [
            "{handle} me debes lo de las entradas del concierto 😂 mándame {crypto_small} ETH a la dirección de siempre o por Bizum",
            "Casa rural el finde: {usd_mid} € por cabeza, lo adelanto yo. USDT en Tron me vale: {trx}",
            "Te lo he devuelto {handle}, el hash es {tx}. Mira si ha llegado.",
        ],
        "dev_address": [
            "Contrato verificado en Etherscan: {contract_url}. Código, ABI y auditoría en el repositorio.",
            "Truco para la documentación: un enlace de pago BIP-21 tiene esta pinta: {btc_uri}",
            "Para pruebas uso una dirección desechable, {eth}. No mandéis fondos reales, está en los fixtures públicos.",
        ],
        "meme": [
            "Yo: le mando 1 BTC a Elon\nElon: te devuelvo 2\nNarrador: no devolvió 2",
            "Mi nueva estrategia: tú me mandas 0,1 ETH y yo te devuelvo 0,2. Duplicar está garantizado. Para mí.",
            "\"Envía 1 ETH y recibe 2\" es el príncipe nigeriano de los criptobros y no acepto preguntas",
        ],
        "non_crypto": [
            "He perdido una cartera de cuero marrón cerca del mercado de {city}. Dentro está el DNI y una foto de mi perro. Si la encuentras, escríbeme, hay recompensa.",
            "Café doble, sin azúcar, y la camarera me invitó al segundo por la cara que traía. Buenos días solo para ella.",
            "La aerolínea perdió mi maleta. Reclamación hecha, dicen 48 horas. ¿Alguien sabe cómo hablar con una persona real?",
            "Nuestro servicio de recuperación de datos salvó el 98 % de las fotos de un disco mojado. Haced copias, por favor.",
        ],
    },
    "scam": [
        ("giveaway", "Para celebrar con la comunidad devuelvo {crypto_max} BTC. Envía entre {crypto_min} y {crypto_max} BTC a {btc} y te devuelvo el doble. ¡Solo {minutes} minutos!"),
        ("giveaway", "Evento en directo de {celeb} 🔥 Todo el {coin} enviado a {addr} se devuelve x2 al instante. Plazas limitadas."),
        ("giveaway", "Hoy me siento generoso: cualquier ETH que mandes a {eth} vuelve duplicado en 10 minutos. Máximo {crypto_max} ETH por persona."),
        ("giveaway", "ANIVERSARIO OFICIAL DE {brand}: repartimos {usd_big} USDT. Envía {crypto_min} ETH para verificar tu dirección y recibe el doble. Info: {scam_url}"),
        ("drainer", "¡El airdrop para los primeros seguidores ya está activo! 🪂 Conecta tu wallet y reclama antes de que acabe: {scam_url}"),
        ("drainer", "Comprueba si eres elegible para {token}. Ventana de reclamo de {hours} h → {scam_url}"),
        ("drainer", "Acabamos de lanzar el token y quiero que mis seguidores sean los primeros. Reclamo gratis, solo gas: {scam_url}"),
        ("presale", "La preventa de {token} termina esta noche. Envía SOL a {sol} y recibes los tokens automáticamente. x10 garantizado en el listado."),
        ("presale", "Ronda privada abierta 2 horas más: mínimo {crypto_min} ETH, precio de salida {mult} veces tu entrada. Contrato: {eth}"),
        ("wallet_drop", "Regalo {usd_small} USDT a todos los que dejen su wallet abajo 👇 Tienes que seguirme. ¡Envío en una hora!"),
        ("wallet_drop", "Deja tu dirección de SOL, hago un airdrop de {usd_mid} dólares a 100 personas esta noche. RT para que llegue a más."),
        ("fee_followup", "¡Enhorabuena! Has sido seleccionado. Para liberar tus {usd_mid} USDT paga primero la comisión de red de {fee} ETH a {eth}."),
        ("recovery", "Siento lo que te pasó. Yo recuperé mis fondos con un agente certificado, escríbele a {email}, son serios y rápidos."),
        ("recovery", "¡No te rindas! Las cripto se pueden rastrear y recuperar. Escríbenos por WhatsApp al {phone}, la semana pasada recuperamos {usd_big} $ a un cliente."),
        ("support", "Hola, hemos recibido tu queja. Accede a nuestro soporte por este enlace seguro para resolverlo: {scam_url}"),
        ("support", "Soporte de {brand} aquí. Para desbloquear tu cartera congelada, sincronízala en {scam_url} o llama al {phone}."),
        ("withdrawal_tax", "Tu retiro de {usd_big} USDT está pendiente. Debes pagar un impuesto del {int_pct} % antes de liberarlo. Envíalo a {trx} y se desbloquea solo."),
    ],
}

TEXT["pt"] = {
    "order": "fl",
    "first": [("João", "joao"), ("Mariana", "mariana"), ("Thiago", "thiago"), ("Beatriz", "bia"), ("Rafael", "rafael"),
              ("Larissa", "larissa"), ("Gustavo", "gustavo"), ("Inês", "ines"), ("Caio", "caio"), ("Fernanda", "fernanda")],
    "last": [("Tavares", "tavares"), ("Monteiro", "monteiro"), ("Cordeiro", "cordeiro"), ("Albuquerque", "albuquerque"),
             ("Figueira", "figueira"), ("Sampaio", "sampaio"), ("Rezende", "rezende"), ("Brandão", "brandao")],
    "cities": ["Campinas", "Porto", "Recife", "Curitiba", "Braga", "Belém", "Florianópolis"],
    "outlets": [("Portal Bloco Zero", "blocozero", "blocozero.com.br"), ("Jornal da Cadeia", "jornaldacadeia", "jornaldacadeia.pt"),
                ("CriptoNotícias Hoje", "criptohoje", "criptohoje.com.br")],
    "exchanges": [("Mercado Ipê", "MercadoIpe", "mercadoipe.com.br"), ("Lusocoin", "lusocoin", "lusocoin.pt")],
    "police": [("Delegacia de Crimes Cibernéticos de Campinas", "CibercrimeCps", "cibercrime-campinas.gov.br")],
    "charities": [("Instituto Mãos Dadas", "MaosDadasInst", "maosdadas.org.br"), ("Banco de Alimentos do Bairro", "BancoAlimBairro", "bancodealimentosbairro.org")],
    "projects": [("Fernbrook", "fernbrook_br", "fernbrook.xyz"), ("Marsh Protocol", "marsh_pt", "marshprotocol.io")],
    "celebs": [("Dudu Campello", "duducampello"), ("Lia Sarmento", "liasarmento")],
    "scammers": [("Suporte Binance Brasil", "SuporteBnceBR"), ("Recuperação de Ativos", "RecuperaAtivos")],
    "items": ["camisetas", "canecas", "bonés autografados"],
    "benign": {
        "news": [
            "A conta de um humorista de {city} foi invadida na terça-feira e publicou: \"{quote}\". Segundo dados on-chain, seguidores enviaram cerca de US$ {stolen}.",
            "Uma falsa live com imagens antigas de {celeb} prometia \"dobrar todo BTC enviado\" para {btc}. O endereço recebeu {victims} transferências antes de a transmissão cair.",
            "A polícia de {city} registrou {victims} queixas contra o site {defang}, que fingia ser um sorteio da {brand}.",
            "Golpistas usaram perfis verificados roubados para anunciar uma pré-venda falsa de token. O clube afetado retomou a conta 40 minutos depois.",
        ],
        "warning": [
            "A {org} nunca vai te chamar no privado primeiro nem pedir sua frase de recuperação. Ninguém dobra cripto: se prometeram, é golpe.",
            "Atenção: um site falso ({defang}) está imitando nossa promoção. Campanhas oficiais só em {org_domain}.",
            "Dica da Delegacia: desconfie de \"especialistas em recuperação\" que cobram taxa adiantada para devolver cripto roubada. É o mesmo golpe, segunda parte.",
            "Se alguém responder sua reclamação dizendo ser do suporte e pedir para \"sincronizar\" a carteira, bloqueie. Suporte de verdade não faz isso.",
        ],
        "victim_ask": [
            "Isso é real? Apareceu nas minhas respostas:\n\n\"{paste}\"\n\no perfil tem selo azul, tô desconfiado",
            "Minha tia quer mandar R$ {usd_small} pra isso porque \"é evento do Elon\": {quote}... como explico que é golpe?",
            "Me mandaram DM dizendo que ganhei um airdrop e que é só conectar a carteira num link. Não cliquei. Golpe, né?",
            "Mandei {crypto_small} ETH ontem pra um desses \"envie 1 e receba 2\". Tem alguma coisa que eu possa fazer?",
        ],
        "hacked_notice": [
            "Nossa conta foi invadida hoje cedo. Ignorem qualquer post sobre sorteio ou token das últimas horas. Nunca pedimos cripto.",
            "Fui hackeado. Aqueles posts de cripto NÃO fui eu. Não enviem nada para endereço nenhum postado aqui.",
            "Conta recuperada, posts falsos apagados e 2FA ativado. Quem assinou algo naquele link, revogue as permissões agora.",
        ],
        "donation": [
            "O {charity} agora aceita doações em cripto para a campanha do agasalho. BTC: {btc} · ETH: {eth}. Prestação de contas todo trimestre.",
            "Já chegamos a {pct}% da meta para as famílias atingidas pela enchente em {city}. Dá pra doar por Pix ou em {coin}: {addr}",
            "Obrigado a quem doou! Endereço público pra quem prefere cripto: {eth}. Recibo sob pedido.",
        ],
        "exchange_promo": [
            "Novidade na {org}: deposite pelo menos R$ {usd_small} este mês e ganhe {int_pct}% de cashback nas taxas por 30 dias. Regulamento: {official_url}",
            "Voltou o Campeonato de Trading da {org}: {usd_big} USDT para os 100 maiores volumes. Inscrições até o dia {day}: {official_url}",
            "Indique amigos e receba {int_pct}% das taxas deles. Regras: {official_url}",
            "Staking flexível de ETH com APY estimado de {apy}%. A taxa varia diariamente; veja os riscos em {official_url}",
        ],
        "nft_airdrop": [
            "A temporada 2 do airdrop começou. Resgate seus {token} somente em {proj_url}. Nunca mandamos link por DM.",
            "Sorteio de vagas na allowlist da {project}: deixe o endereço público da sua carteira aqui embaixo (nunca a seed) e marque um amigo. Resultado dia {day}.",
            "O mint abre sexta às 17h UTC: {count} peças a 0,03 ETH. Contrato oficial: {contract}",
        ],
        "creator_giveaway": [
            "Batemos 50 mil inscritos! Vou sortear {winners} {item}. Curte e dá RT pra participar. Sem compra, sem cripto.",
            "SORTEIO: um vale-presente de R$ {usd_small} pra quem der RT neste post. Acaba amanhã!",
            "Mimo da semana: mando {crypto_small} SOL pra três pessoas que indicarem um livro bom. Da minha carteira, sem pegadinha.",
        ],
        "price_talk": [
            "{ticker} rompendo a lateralização. Alvo 1 em +{pct}% e, se o semanal segurar, espero um 2x daqui. Não é recomendação.",
            "Fechei o long {lev}x em ETH a US$ {price_eth}. Dobrei o capital nesse trade e nunca mais faço isso, quase infartei.",
            "BTC a US$ {price_btc} e ainda tem gente dizendo que chegou tarde. Os mesmos de {year}.",
            "Sinal: LONG em {ticker}, stop abaixo do último fundo, alvos em 1,5R e 2R. Arrisque no máximo 1%.",
        ],
        "tip_jar": [
            "Se as minhas threads te ajudaram, gorjeta é bem-vinda (nunca obrigatória): BTC {btc}",
            "Guia novo no ar, grátis como sempre. Cofrinho ⚡ {btc} / ETH {eth}",
            "Manter o bot custa uns R$ {usd_small} por mês. Quem quiser ajudar: {addr} ({coin}). Valeu!",
        ],
        "friend_payment": [
            "{handle} tu ainda me deve o ingresso do show 😂 manda {crypto_small} ETH no endereço de sempre ou faz um Pix",
            "Sítio no fim de semana: R$ {usd_mid} por pessoa, eu adianto. USDT na Tron serve: {trx}",
            "Te paguei {handle}, o hash é {tx}. Confere se caiu.",
        ],
        "dev_address": [
            "Contrato verificado no Etherscan: {contract_url}. Código, ABI e auditoria no repositório.",
            "Dica de documentação: um link de pagamento BIP-21 fica assim: {btc_uri}",
            "Pra testes uso um endereço descartável, {eth}. Não mandem fundos reais, ele está nos fixtures públicos.",
        ],
        "meme": [
            "Eu: mando 1 BTC pro Elon\nElon: te devolvo 2\nNarrador: ele não devolveu 2",
            "Minha nova estratégia: você me manda 0,1 ETH e eu te devolvo 0,2. Dobrar é garantido. Pra mim.",
            "\"Envie 1 ETH e receba 2\" é o príncipe nigeriano da cripto e não aceito perguntas",
        ],
        "non_crypto": [
            "Perdi uma carteira de couro marrom perto da feira de {city}. Tem RG e uma foto do meu cachorro. Se achar, me chama, tem recompensa!",
            "Café duplo, sem açúcar, e a atendente me deu o segundo de graça pela minha cara. Bom dia só pra ela.",
            "A companhia aérea extraviou minha mala. Fiz a reclamação, dizem 48 horas. Alguém sabe como falar com um humano?",
            "Nosso serviço de recuperação de dados salvou 98% das fotos de um HD molhado. Façam backup, gente.",
        ],
    },
    "scam": [
        ("giveaway", "Pra comemorar com a comunidade vou devolver {crypto_max} BTC. Envie de {crypto_min} a {crypto_max} BTC para {btc} e receba o dobro. Só nos próximos {minutes} minutos!"),
        ("giveaway", "Evento ao vivo de {celeb} 🔥 Todo {coin} enviado para {addr} volta em dobro na hora. Vagas limitadas."),
        ("giveaway", "Hoje tô generoso: qualquer ETH que você mandar pra {eth} volta dobrado em 10 minutos. Máximo {crypto_max} ETH por pessoa."),
        ("giveaway", "ANIVERSÁRIO OFICIAL {brand}: vamos distribuir {usd_big} USDT. Envie {crypto_min} ETH para validar o endereço e receba 2x. Detalhes: {scam_url}"),
        ("drainer", "Airdrop pros primeiros apoiadores LIBERADO 🪂 Conecte a carteira e resgate antes que acabe: {scam_url}"),
        ("drainer", "Verifique sua elegibilidade para {token}. Janela de resgate de {hours}h → {scam_url}"),
        ("drainer", "Lançamos o token agora e quero meus seguidores primeiro. Resgate grátis, só o gás: {scam_url}"),
        ("presale", "A pré-venda de {token} acaba hoje à noite. Mande SOL para {sol} e os tokens caem automaticamente. 10x garantido na listagem."),
        ("presale", "Rodada privada aberta por mais 2 horas: mínimo {crypto_min} ETH, preço de listagem {mult}x a sua entrada. Contrato: {eth}"),
        ("wallet_drop", "Vou dar {usd_small} USDT pra todo mundo que deixar a carteira aqui embaixo 👇 Precisa me seguir. Envio em uma hora!"),
        ("wallet_drop", "Deixa teu endereço de SOL que hoje à noite faço airdrop de {usd_mid} dólares pra 100 pessoas. Dá RT!"),
        ("fee_followup", "Parabéns! Você foi sorteado. Para liberar seus {usd_mid} USDT, pague antes a taxa de rede de {fee} ETH para {eth}."),
        ("recovery", "Sinto muito pelo que aconteceu. Recuperei meus fundos com um agente certificado, fala com eles em {email}, são sérios."),
        ("recovery", "Não desista! Cripto pode ser rastreada e recuperada. Chama nossa equipe no WhatsApp {phone}, recuperamos US$ {usd_big} de um cliente semana passada."),
        ("support", "Olá, recebemos sua reclamação. Acesse nosso suporte por este link seguro para resolver: {scam_url}"),
        ("support", "Aqui é o suporte da {brand}. Para desbloquear sua carteira congelada, sincronize em {scam_url} ou ligue {phone}."),
        ("withdrawal_tax", "Seu saque de {usd_big} USDT está pendente. É preciso pagar {int_pct}% de imposto antes da liberação. Envie para {trx} e o saldo é liberado automaticamente."),
    ],
}

TEXT["fr"] = {
    "order": "fl",
    "first": [("Camille", "camille"), ("Théo", "theo"), ("Manon", "manon"), ("Hugo", "hugo"), ("Léa", "lea"),
              ("Bastien", "bastien"), ("Chloé", "chloe"), ("Yanis", "yanis"), ("Margaux", "margaux"), ("Rémi", "remi")],
    "last": [("Delorme", "delorme"), ("Marchetti", "marchetti"), ("Lefebvre", "lefebvre"), ("Roussel", "roussel"),
             ("Benali", "benali"), ("Garnier", "garnier"), ("Vasseur", "vasseur"), ("Carpentier", "carpentier")],
    "cities": ["Lyon", "Nantes", "Lille", "Québec", "Bordeaux", "Genève", "Rennes"],
    "outlets": [("Le Journal du Bloc", "journaldubloc", "journaldubloc.fr"), ("Crypto Hebdo", "cryptohebdo", "cryptohebdo.fr"),
                ("L'Écho Numérique", "echonumerique", "echonumerique.fr")],
    "exchanges": [("Pontneuf Exchange", "PontneufEx", "pontneuf.exchange"), ("Coffre Bleu", "coffrebleu", "coffrebleu.fr")],
    "police": [("Brigade Numérique de Val-Sorel", "BrigadeValSorel", "brigade-valsorel.fr")],
    "charities": [("Association Toit Partagé", "ToitPartage", "toitpartage.org"), ("Les Restos du Quartier", "RestosQuartier", "restosduquartier.org")],
    "projects": [("Zephyr Rollup", "zephyr_fr", "zephyrrollup.io"), ("Verdana Labs", "verdana_fr", "verdanalabs.xyz")],
    "celebs": [("Jules Ferrand", "julesferrand"), ("Amandine Roy", "amandineroy")],
    "scammers": [("Support Ledger France", "SupportLedgerFR"), ("Récupération Crypto Agréée", "RecupCrypto")],
    "items": ["sweats", "mugs", "affiches dédicacées"],
    "benign": {
        "news": [
            "Le compte d'un animateur radio de {city} a été piraté mardi et a publié pendant une heure : « {quote} ». Selon les données on-chain, ses abonnés ont envoyé environ {stolen} dollars.",
            "Un faux direct reprenant d'anciennes images de {celeb} promettait de « doubler tout BTC envoyé » à l'adresse {btc}. Elle a reçu {victims} paiements avant la coupure.",
            "La police de {city} a recensé {victims} plaintes visant le site {defang}, qui se faisait passer pour un concours {brand}.",
            "Des escrocs ont utilisé des comptes certifiés volés pour annoncer une fausse prévente de jetons. Le club concerné a repris la main 40 minutes plus tard.",
        ],
        "warning": [
            "{org} ne vous contactera jamais en premier en message privé et ne vous demandera jamais votre phrase de récupération. Personne ne double vos cryptos.",
            "Attention : un faux site ({defang}) imite notre opération. Nos campagnes officielles sont publiées uniquement sur {org_domain}.",
            "Conseil de la Brigade numérique : méfiez-vous des « experts en récupération » qui réclament des frais d'avance pour retrouver des fonds volés.",
            "Si quelqu'un répond à votre réclamation en se disant du support et vous demande de « synchroniser » votre portefeuille, bloquez-le.",
        ],
        "victim_ask": [
            "C'est vrai ça ? Vu dans mes réponses :\n\n« {paste} »\n\nle compte est certifié mais je le sens mal",
            "Ma mère veut envoyer {usd_small} € à ça parce que « c'est un événement d'Elon » : {quote}… comment lui expliquer que c'est faux ?",
            "On m'a écrit en privé que j'avais gagné un airdrop et qu'il suffit de connecter mon wallet sur un lien. Pas cliqué. Arnaque, non ?",
            "J'ai envoyé {crypto_small} ETH hier soir à un de ces « envoie 1, reçois 2 ». Je peux faire quelque chose ?",
        ],
        "hacked_notice": [
            "Notre compte a été piraté ce matin. Ignorez toute publication sur des concours ou des jetons des dernières heures. Nous ne demandons jamais de crypto.",
            "J'ai été piraté. Ces messages crypto, ce n'était PAS moi. N'envoyez rien à aucune adresse publiée ici.",
            "Compte récupéré, faux messages supprimés, double authentification réactivée. Si vous avez signé quelque chose sur ce lien, révoquez les autorisations.",
        ],
        "donation": [
            "{charity} accepte désormais les dons en crypto pour la campagne d'hiver. BTC : {btc} · ETH : {eth}. Rapport publié chaque trimestre.",
            "Nous sommes à {pct} % de l'objectif pour les sinistrés des inondations à {city}. Don par carte ou en {coin} : {addr}",
            "Merci aux donateurs ! Adresse publique pour ceux qui préfèrent la crypto : {eth}. Reçu fiscal sur demande.",
        ],
        "exchange_promo": [
            "Nouveau chez {org} : déposez au moins {usd_small} € ce mois-ci et recevez {int_pct} % de remise sur les frais pendant 30 jours. Conditions : {official_url}",
            "Le Championnat de trading {org} est de retour : {usd_big} USDT à partager entre les 100 premiers. Inscriptions jusqu'au {day} : {official_url}",
            "Parrainez vos amis et touchez {int_pct} % de leurs frais de trading. Détails : {official_url}",
            "Staking flexible d'ETH : APY estimé à {apy} %. Le taux varie chaque jour ; lisez les risques sur {official_url}",
        ],
        "nft_airdrop": [
            "La saison 2 de l'airdrop est ouverte. Réclamez vos {token} uniquement sur {proj_url}. Nous n'envoyons jamais de lien en privé.",
            "Tirage au sort pour la allowlist {project} : mettez votre adresse publique en réponse (jamais votre phrase secrète) et identifiez un ami. Résultats le {day}.",
            "Le mint ouvre vendredi à 17 h UTC : {count} pièces à 0,03 ETH. Seul contrat officiel : {contract}",
        ],
        "creator_giveaway": [
            "50 000 abonnés ! Je fais gagner {winners} {item}. Like + RT pour participer. Sans achat, sans crypto.",
            "CONCOURS : une carte cadeau de {usd_small} € pour une personne qui retweete. Fin demain, bonne chance !",
            "Petit cadeau : j'envoie {crypto_small} SOL à trois personnes qui me conseillent une BD. Depuis mon propre wallet, sans piège.",
        ],
        "price_talk": [
            "{ticker} casse son range. Objectif 1 à +{pct} %, et si l'hebdo tient je vise un x2 d'ici. Pas un conseil.",
            "Long x{lev} sur l'ETH clôturé à {price_eth} $. J'ai doublé ma mise sur ce trade et je ne le referai plus, mon cœur a lâché.",
            "BTC à {price_btc} $ et on me dit encore que c'est trop tard. Les mêmes qu'en {year}.",
            "Signal : LONG {ticker}, stop sous le dernier plus bas, TP à 1,5R et 2R. Risque max 1 %.",
        ],
        "tip_jar": [
            "Si mes fils vous ont aidé, les pourboires sont bienvenus (jamais obligatoires) : BTC {btc}",
            "Nouveau guide en ligne, gratuit comme toujours. Tirelire ⚡ {btc} / ETH {eth}",
            "Le bot coûte environ {usd_small} € par mois. Pour participer : {addr} ({coin}). Merci !",
        ],
        "friend_payment": [
            "{handle} tu me dois toujours les places du concert 😂 envoie {crypto_small} ETH à l'adresse habituelle ou fais un virement",
            "Gîte ce week-end : {usd_mid} € chacun, j'avance. USDT sur Tron ça me va : {trx}",
            "Remboursé {handle}, le hash c'est {tx}. Vérifie que c'est arrivé.",
        ],
        "dev_address": [
            "Contrat vérifié sur Etherscan : {contract_url}. Code source, ABI et audit dans le dépôt.",
            "Astuce doc : un lien de paiement BIP-21 ressemble à {btc_uri}",
            "Pour les tests j'utilise une adresse jetable, {eth}. N'y envoyez pas de vrais fonds, elle est dans les fixtures publiques.",
        ],
        "meme": [
            "Moi : j'envoie 1 BTC à Elon\nElon : je t'en renvoie 2\nLe narrateur : il n'en a pas renvoyé 2",
            "Ma nouvelle stratégie : tu m'envoies 0,1 ETH, je te renvoie 0,2. Le doublement est garanti. Pour moi.",
            "« Envoie 1 ETH, reçois-en 2 », c'est le prince nigérian version crypto et je ne prendrai pas de questions",
        ],
        "non_crypto": [
            "Perdu un portefeuille en cuir marron près du marché de {city}. Carte d'identité et photo de mon chien dedans. Récompense si vous le retrouvez !",
            "Double expresso, sans sucre, et le serveur m'a offert le deuxième vu ma tête. Bonjour à lui seul.",
            "La compagnie a perdu ma valise. Réclamation faite, ils disent 48 heures. Quelqu'un sait comment joindre un humain ?",
            "Notre service de récupération de données a sauvé 98 % des photos d'un disque noyé. Faites des sauvegardes !",
        ],
    },
    "scam": [
        ("giveaway", "Pour remercier la communauté je redistribue {crypto_max} BTC. Envoyez entre {crypto_min} et {crypto_max} BTC à {btc} et je vous renvoie le double. Seulement {minutes} minutes !"),
        ("giveaway", "Événement en direct de {celeb} 🔥 Tout {coin} envoyé à {addr} est renvoyé x2 immédiatement. Places limitées."),
        ("giveaway", "Je suis d'humeur généreuse : tout ETH envoyé à {eth} revient doublé en 10 minutes. Maximum {crypto_max} ETH par personne."),
        ("giveaway", "ANNIVERSAIRE OFFICIEL {brand} : nous distribuons {usd_big} USDT. Envoyez {crypto_min} ETH pour vérifier votre adresse et recevez le double. Infos : {scam_url}"),
        ("drainer", "L'airdrop pour les premiers soutiens est EN LIGNE 🪂 Connectez votre wallet et réclamez avant la fin : {scam_url}"),
        ("drainer", "Vérifiez votre éligibilité à {token}. Fenêtre de réclamation de {hours} h → {scam_url}"),
        ("drainer", "On vient de lancer notre jeton et je veux que mes abonnés soient les premiers. Réclamation gratuite, juste le gas : {scam_url}"),
        ("presale", "La prévente de {token} se termine ce soir. Envoyez des SOL à {sol} et recevez les jetons automatiquement. x10 garanti au listing."),
        ("presale", "Tour privé ouvert encore 2 heures : minimum {crypto_min} ETH, prix de listing {mult} fois votre entrée. Contrat : {eth}"),
        ("wallet_drop", "J'offre {usd_small} USDT à tous ceux qui laissent leur wallet en dessous 👇 Il faut me suivre. Envoi dans l'heure !"),
        ("wallet_drop", "Laissez votre adresse SOL, airdrop de {usd_mid} dollars pour 100 personnes ce soir. RT pour partager."),
        ("fee_followup", "Félicitations ! Vous avez été tiré au sort. Pour débloquer vos {usd_mid} USDT, réglez d'abord les frais de réseau de {fee} ETH à {eth}."),
        ("recovery", "Désolé pour ce qui vous arrive. J'ai récupéré mes fonds grâce à un agent certifié, contactez-le à {email}, ils sont sérieux."),
        ("recovery", "N'abandonnez pas ! Les cryptos se tracent et se récupèrent. Écrivez-nous sur WhatsApp au {phone}, nous avons récupéré {usd_big} $ pour un client la semaine dernière."),
        ("support", "Bonjour, nous avons bien reçu votre réclamation. Contactez notre support via ce lien sécurisé : {scam_url}"),
        ("support", "Ici le support {brand}. Pour débloquer votre portefeuille gelé, synchronisez-le sur {scam_url} ou appelez le {phone}."),
        ("withdrawal_tax", "Votre retrait de {usd_big} USDT est en attente. Une taxe de {int_pct} % doit être payée avant déblocage. Envoyez-la à {trx} et les fonds seront libérés."),
    ],
}

TEXT["de"] = {
    "order": "fl",
    "first": [("Jonas", "jonas"), ("Lena", "lena"), ("Felix", "felix"), ("Miriam", "miriam"), ("Tobias", "tobias"),
              ("Svenja", "svenja"), ("Malte", "malte"), ("Elif", "elif"), ("Niklas", "niklas"), ("Johanna", "johanna")],
    "last": [("Brückner", "brueckner"), ("Hofstätter", "hofstaetter"), ("Lindqvist", "lindqvist"), ("Kessler", "kessler"),
             ("Wendt", "wendt"), ("Ostermann", "ostermann"), ("Rademacher", "rademacher"), ("Yilmaz", "yilmaz")],
    "cities": ["Leipzig", "Bremen", "Graz", "Kassel", "Münster", "Basel", "Rostock"],
    "outlets": [("Blockblatt", "blockblatt", "blockblatt.de"), ("Kryptokurier", "kryptokurier", "kryptokurier.de"),
                ("Nordstadt Rundschau Digital", "nordstadtdigital", "nordstadt-rundschau.de")],
    "exchanges": [("Elbbörse", "Elbboerse", "elbboerse.de"), ("Tresorwerk", "tresorwerk", "tresorwerk.io")],
    "police": [("Polizei Lindenau – Cybercrime", "PolizeiLindenau", "polizei-lindenau.de")],
    "charities": [("Tafel Lindenhof e.V.", "TafelLindenhof", "tafel-lindenhof.de"), ("Stiftung Warmes Dach", "WarmesDach", "warmesdach.org")],
    "projects": [("Plinko Chain", "plinko_de", "plinkochain.org"), ("Kestrel Swap", "kestrel_de", "kestrelswap.io")],
    "celebs": [("Benno Falk", "bennofalk"), ("Carla Reinholt", "carlareinholt")],
    "scammers": [("Binance Kundenservice DE", "BinanceHilfeDE"), ("Krypto Rückholung", "KryptoRueckhol")],
    "items": ["Hoodies", "Tassen", "signierte Poster"],
    "benign": {
        "news": [
            "Der Account eines bekannten Podcasters aus {city} wurde am Dienstag gekapert und postete eine Stunde lang: „{quote}“. Laut On-Chain-Daten schickten Follower rund {stolen} US-Dollar.",
            "Ein gefälschter Livestream mit alten Aufnahmen von {celeb} versprach, „jeden gesendeten BTC zu verdoppeln“ – an {btc}. Die Adresse erhielt {victims} Zahlungen, bevor der Stream gelöscht wurde.",
            "Die Polizei in {city} zählt {victims} Anzeigen wegen der Seite {defang}, die sich als {brand}-Gewinnspiel ausgab.",
            "Betrüger nutzten gestohlene verifizierte Konten für einen angeblichen Token-Presale. Der betroffene Verein hatte das Konto nach 40 Minuten wieder.",
        ],
        "warning": [
            "{org} schreibt dich nie zuerst per DM an und fragt nie nach deiner Seed-Phrase. Niemand verdoppelt deine Coins – wer das verspricht, betrügt.",
            "Achtung: Eine gefälschte Seite ({defang}) kopiert unsere Aktion. Offizielle Kampagnen gibt es nur auf {org_domain}.",
            "Hinweis der Polizei: Finger weg von „Recovery-Agenturen“, die Vorkasse verlangen, um gestohlene Kryptowerte zurückzuholen. Das ist die zweite Runde desselben Betrugs.",
            "Wenn jemand auf deine Beschwerde antwortet, sich als Support ausgibt und dich bittet, die Wallet zu „synchronisieren“: blockieren. Echter Support macht das nicht.",
        ],
        "victim_ask": [
            "Ist das echt? Stand bei mir in den Antworten:\n\n„{paste}“\n\nder Account hat einen Haken, trotzdem komisch",
            "Mein Vater will {usd_small} € dahin schicken, weil „Elon das macht“: {quote}… wie erkläre ich ihm, dass das Fake ist?",
            "Hab eine DM bekommen, ich hätte einen Airdrop gewonnen, ich soll nur meine Wallet über einen Link verbinden. Nicht geklickt. Scam, oder?",
            "Gestern Abend {crypto_small} ETH an so ein „schick 1, bekomm 2“ geschickt. Kann ich noch irgendwas tun?",
        ],
        "hacked_notice": [
            "Unser Account wurde heute Morgen gehackt. Bitte ignoriert alle Beiträge zu Gewinnspielen oder Tokens der letzten Stunden. Wir fragen nie nach Krypto.",
            "Ich wurde gehackt. Die Krypto-Posts waren NICHT von mir. Schickt nichts an irgendeine Adresse, die hier gepostet wurde.",
            "Zugang wieder da, Fake-Posts gelöscht, 2FA aktiv. Wer auf dem Link etwas signiert hat: Freigaben jetzt widerrufen.",
        ],
        "donation": [
            "Die {charity} nimmt jetzt auch Krypto-Spenden für die Winterhilfe an. BTC: {btc} · ETH: {eth}. Quartalsbericht auf unserer Website.",
            "Wir haben {pct} % des Spendenziels für die Hochwasseropfer in {city} erreicht. Spenden per Überweisung oder in {coin}: {addr}",
            "Danke an alle Spender! Öffentliche Adresse für Krypto: {eth}. Spendenquittung auf Anfrage.",
        ],
        "exchange_promo": [
            "Neu bei {org}: Zahle diesen Monat mindestens {usd_small} € ein und erhalte 30 Tage lang {int_pct} % Rabatt auf Handelsgebühren. Bedingungen: {official_url}",
            "Der {org} Trading-Cup ist zurück: {usd_big} USDT Preisgeld für die Top 100 nach Volumen. Anmeldung bis zum {day}.: {official_url}",
            "Freunde werben lohnt sich: {int_pct} % ihrer Gebühren als Prämie. Details: {official_url}",
            "Flexibles ETH-Staking mit geschätzt {apy} % APY. Der Satz schwankt täglich; Risiken unter {official_url}",
        ],
        "nft_airdrop": [
            "Season 2 des Airdrops ist live. {token} nur über {proj_url} claimen. Wir schicken nie Links per DM.",
            "Allowlist-Verlosung für {project}: Postet eure öffentliche Wallet-Adresse unten (niemals die Seed-Phrase) und markiert eine Person. Gewinner am {day}.",
            "Mint startet Freitag um 17 Uhr UTC: {count} Stück zu je 0,03 ETH. Einziger Vertrag: {contract}",
        ],
        "creator_giveaway": [
            "50.000 Abonnenten! Ich verlose {winners} {item}. Liken + retweeten zum Mitmachen. Kein Kauf, kein Krypto.",
            "GEWINNSPIEL: ein {usd_small}-€-Gutschein für eine Person, die das retweetet. Endet morgen. Viel Glück!",
            "Kleines Dankeschön: Ich schicke drei Leuten, die mir ein gutes Buch empfehlen, je {crypto_small} SOL. Aus meiner eigenen Wallet, ohne Haken.",
        ],
        "price_talk": [
            "{ticker} bricht aus der Range aus. Ziel 1 bei +{pct} %, und wenn der Wochenschluss hält, rechne ich hier mit einem 2x. Keine Anlageberatung.",
            "{lev}x-Long auf ETH bei {price_eth} $ geschlossen. Einsatz verdoppelt mit dem Trade, und ich mache das nie wieder, meine Nerven.",
            "BTC bei {price_btc} $ und Leute sagen immer noch, es sei zu spät. Dieselben wie {year}.",
            "Signal: LONG {ticker}, Stop unter dem letzten Tief, TP bei 1,5R und 2R. Maximal 1 % riskieren.",
        ],
        "tip_jar": [
            "Wenn euch meine Threads helfen, freue ich mich über Trinkgeld (nie Pflicht): BTC {btc}",
            "Neuer Guide ist online, wie immer kostenlos. Kaffeekasse ⚡ {btc} / ETH {eth}",
            "Der Bot kostet etwa {usd_small} € im Monat. Wer helfen mag: {addr} ({coin}). Danke!",
        ],
        "friend_payment": [
            "{handle} du schuldest mir noch die Konzertkarten 😂 schick {crypto_small} ETH an die übliche Adresse oder per PayPal",
            "Hütte am Wochenende: {usd_mid} € pro Kopf, ich strecke vor. USDT auf Tron geht: {trx}",
            "Zurückgezahlt {handle}, Hash: {tx}. Schau mal, ob's angekommen ist.",
        ],
        "dev_address": [
            "Vertrag auf Etherscan verifiziert: {contract_url}. Quellcode, ABI und Audit im Repo.",
            "Doku-Tipp: Ein BIP-21-Zahlungslink sieht so aus: {btc_uri}",
            "Zum Testen nutze ich eine Wegwerf-Adresse, {eth}. Bitte kein echtes Geld hinschicken, sie steht in den öffentlichen Fixtures.",
        ],
        "meme": [
            "Ich: schicke Elon 1 BTC\nElon: ich schick dir 2 zurück\nErzähler: er schickte keine 2 zurück",
            "Neue Strategie: Du schickst mir 0,1 ETH, ich schicke dir 0,2 zurück. Verdopplung garantiert. Für mich.",
            "„Schick 1 ETH, bekomm 2 zurück“ ist der nigerianische Prinz der Kryptowelt, keine Fragen bitte",
        ],
        "non_crypto": [
            "Braunes Lederportemonnaie am Markt in {city} verloren. Ausweis und ein Foto meines Hundes drin. Finderlohn, bitte melden!",
            "Doppelter Espresso, ohne Zucker, und der zweite ging aufs Haus, weil ich so fertig aussah. Guten Morgen nur an ihn.",
            "Die Airline hat meinen Koffer verloren. Anspruch angemeldet, 48 Stunden heißt es. Weiß jemand, wie man einen Menschen erreicht?",
            "Unsere Datenrettung hat 98 % der Fotos von einer nassen Festplatte geholt. Macht Backups, Leute.",
        ],
    },
    "scam": [
        ("giveaway", "Als Dank an die Community gebe ich {crypto_max} BTC zurück. Sende zwischen {crypto_min} und {crypto_max} BTC an {btc} und erhalte das Doppelte. Nur {minutes} Minuten!"),
        ("giveaway", "Live-Event von {celeb} 🔥 Jeder an {addr} gesendete {coin} kommt sofort doppelt zurück. Begrenzte Plätze."),
        ("giveaway", "Heute bin ich großzügig: Jeder ETH an {eth} kommt innerhalb von 10 Minuten verdoppelt zurück. Maximal {crypto_max} ETH pro Person."),
        ("giveaway", "OFFIZIELLES {brand}-JUBILÄUM: Wir verteilen {usd_big} USDT. Sende {crypto_min} ETH zur Adressprüfung und erhalte 2x. Infos: {scam_url}"),
        ("drainer", "Airdrop für frühe Unterstützer ist LIVE 🪂 Wallet verbinden und claimen, bevor es vorbei ist: {scam_url}"),
        ("drainer", "Prüfe deine Berechtigung für {token}. Claim-Fenster nur {hours} Std. → {scam_url}"),
        ("drainer", "Unser Token ist gerade gestartet und meine Follower sollen zuerst dran sein. Gratis claimen, nur Gas: {scam_url}"),
        ("presale", "Der Presale von {token} endet heute Nacht. SOL an {sol} senden, Tokens kommen automatisch. 10x beim Listing garantiert."),
        ("presale", "Private Runde noch 2 Stunden offen: mindestens {crypto_min} ETH, Listingpreis das {mult}-Fache deines Einstiegs. Vertrag: {eth}"),
        ("wallet_drop", "Ich schenke allen {usd_small} USDT, die ihre Wallet unten posten 👇 Folgen ist Pflicht. Versand in einer Stunde!"),
        ("wallet_drop", "Postet eure SOL-Adresse, heute Abend Airdrop von {usd_mid} Dollar an 100 Leute. RT nicht vergessen."),
        ("fee_followup", "Glückwunsch! Du wurdest ausgelost. Um deine {usd_mid} USDT freizuschalten, zahle zuerst die Netzwerkgebühr von {fee} ETH an {eth}."),
        ("recovery", "Tut mir leid, was dir passiert ist. Ich habe mein Geld mit einem zertifizierten Agenten zurückbekommen, schreib ihnen an {email}, absolut seriös."),
        ("recovery", "Gib nicht auf! Krypto lässt sich verfolgen und zurückholen. Schreib unserem Team per WhatsApp {phone}, letzte Woche haben wir {usd_big} $ zurückgeholt."),
        ("support", "Hallo, wir haben deine Beschwerde erhalten. Bitte wende dich über diesen sicheren Link an unseren Support: {scam_url}"),
        ("support", "Hier ist der {brand}-Support. Um deine gesperrte Wallet freizugeben, synchronisiere sie unter {scam_url} oder ruf {phone} an."),
        ("withdrawal_tax", "Deine Auszahlung von {usd_big} USDT ist ausstehend. Vor der Freigabe ist eine Steuer von {int_pct} % fällig. Sende sie an {trx}, dann wird alles freigegeben."),
    ],
}

TEXT["it"] = {
    "order": "fl",
    "first": [("Giulia", "giulia"), ("Matteo", "matteo"), ("Chiara", "chiara"), ("Lorenzo", "lorenzo"), ("Francesca", "fra"),
              ("Davide", "davide"), ("Sara", "sara"), ("Alessio", "alessio"), ("Martina", "martina"), ("Riccardo", "ricky")],
    "last": [("Bellandi", "bellandi"), ("Ferraresi", "ferraresi"), ("Santoro", "santoro"), ("Lombardini", "lombardini"),
             ("Caruso", "caruso"), ("Mancuso", "mancuso"), ("Pellegrini", "pellegrini"), ("Orlandi", "orlandi")],
    "cities": ["Bologna", "Torino", "Bari", "Verona", "Trieste", "Perugia", "Lecce"],
    "outlets": [("Il Blocco Quotidiano", "bloccoquotidiano", "bloccoquotidiano.it"), ("Cripto Settimana", "criptosettimana", "criptosettimana.it"),
                ("La Gazzetta Digitale di Borgoverde", "gazzettaborgo", "gazzettaborgoverde.it")],
    "exchanges": [("Cambiovalle", "Cambiovalle", "cambiovalle.it"), ("Scrigno Exchange", "ScrignoEx", "scrigno.exchange")],
    "police": [("Polizia Postale di Borgoverde (account locale)", "PostaleBorgo", "postale-borgoverde.it")],
    "charities": [("Fondazione Tetto Comune", "TettoComune", "tettocomune.org"), ("Mensa Solidale San Rocco", "MensaSanRocco", "mensasanrocco.org")],
    "projects": [("Owlpaper NFT", "owlpaper_it", "owlpaper.art"), ("Tidewell", "tidewell_it", "tidewell.fi")],
    "celebs": [("Pietro Galassi", "pietrogalassi"), ("Elena Mariotti", "elenamariotti")],
    "scammers": [("Assistenza Binance Italia", "AssistBnceIT"), ("Recupero Fondi Cripto", "RecuperoFondi")],
    "items": ["felpe", "tazze", "poster autografati"],
    "benign": {
        "news": [
            "L'account di un noto chef di {city} è stato violato martedì e per un'ora ha pubblicato: «{quote}». Secondo i dati on-chain, i follower hanno inviato circa {stolen} dollari.",
            "Una finta diretta con vecchie immagini di {celeb} prometteva di «raddoppiare ogni BTC inviato» all'indirizzo {btc}. Sono arrivati {victims} pagamenti prima della chiusura.",
            "La polizia di {city} ha raccolto {victims} denunce contro il sito {defang}, che si spacciava per un concorso di {brand}.",
            "I truffatori hanno usato account verificati rubati per annunciare una falsa prevendita di token. La squadra colpita ha ripreso il controllo dopo 40 minuti.",
        ],
        "warning": [
            "{org} non ti scriverà mai per primo in privato e non ti chiederà mai la seed phrase. Nessuno raddoppia le tue crypto: chi lo promette, truffa.",
            "Attenzione: un sito falso ({defang}) imita la nostra promozione. Le campagne ufficiali sono solo su {org_domain}.",
            "Consiglio della Polizia Postale: diffidate dei «recuperatori» che chiedono un anticipo per restituire fondi rubati.",
            "Se qualcuno risponde al tuo reclamo fingendosi assistenza e ti chiede di «sincronizzare» il wallet, bloccalo. L'assistenza vera non lo fa.",
        ],
        "victim_ask": [
            "Ma è vero? Mi è arrivato nelle risposte:\n\n«{paste}»\n\nl'account ha la spunta blu ma non mi convince",
            "Mio zio vuole mandare {usd_small} € a questo perché «è un evento di Elon»: {quote}… come gli spiego che è falso?",
            "Mi hanno scritto in DM che ho vinto un airdrop e devo solo collegare il wallet a un link. Non ho cliccato. Truffa, vero?",
            "Ieri sera ho mandato {crypto_small} ETH a uno di quei «invia 1 e ricevi 2». Posso fare qualcosa?",
        ],
        "hacked_notice": [
            "Il nostro account è stato violato stamattina. Ignorate i post su concorsi o token delle ultime ore. Non chiediamo mai crypto.",
            "Mi hanno hackerato. Quei post sulle crypto NON li ho scritti io. Non mandate niente agli indirizzi pubblicati qui.",
            "Account recuperato, post falsi cancellati, 2FA riattivata. Chi ha firmato qualcosa su quel link revochi subito le autorizzazioni.",
        ],
        "donation": [
            "La {charity} ora accetta donazioni in crypto per la campagna invernale. BTC: {btc} · ETH: {eth}. Rendiconto ogni trimestre.",
            "Siamo al {pct}% dell'obiettivo per le famiglie colpite dall'alluvione a {city}. Si può donare con bonifico o in {coin}: {addr}",
            "Grazie a chi ha donato! Indirizzo pubblico per chi preferisce le crypto: {eth}. Ricevuta su richiesta.",
        ],
        "exchange_promo": [
            "Novità su {org}: deposita almeno {usd_small} € questo mese e ricevi uno sconto del {int_pct}% sulle commissioni per 30 giorni. Regolamento: {official_url}",
            "Torna la Coppa Trading di {org}: {usd_big} USDT per i primi 100 per volume. Iscrizioni entro il {day}: {official_url}",
            "Invita gli amici e guadagna il {int_pct}% delle loro commissioni. Dettagli: {official_url}",
            "Staking flessibile di ETH con APY stimato del {apy}%. Il tasso cambia ogni giorno; leggi i rischi su {official_url}",
        ],
        "nft_airdrop": [
            "La stagione 2 dell'airdrop è attiva. Riscatta i tuoi {token} solo su {proj_url}. Non mandiamo mai link in DM.",
            "Estrazione per la allowlist di {project}: lascia qui sotto l'indirizzo pubblico del wallet (mai la seed) e tagga un amico. Vincitori il {day}.",
            "Il mint apre venerdì alle 17:00 UTC: {count} pezzi a 0,03 ETH. Unico contratto: {contract}",
        ],
        "creator_giveaway": [
            "50mila iscritti! Regalo {winners} {item}. Like + retweet per partecipare. Niente acquisti, niente crypto.",
            "GIVEAWAY: una gift card da {usd_small} € per chi ritwitta. Finisce domani, in bocca al lupo!",
            "Pensierino: mando {crypto_small} SOL a tre persone che mi consigliano un buon film. Dal mio wallet, nessun trucco.",
        ],
        "price_talk": [
            "{ticker} rompe il range. Primo target +{pct}%, e se la chiusura settimanale tiene punto a un 2x da qui. Non è un consiglio.",
            "Chiuso il long {lev}x su ETH a {price_eth} $. Ho raddoppiato il capitale su quel trade e non lo rifaccio più, che ansia.",
            "BTC a {price_btc} $ e c'è ancora chi dice che è tardi. Gli stessi del {year}.",
            "Segnale: LONG {ticker}, stop sotto l'ultimo minimo, TP a 1,5R e 2R. Rischio massimo 1%.",
        ],
        "tip_jar": [
            "Se i miei thread ti sono utili, le mance sono gradite (mai dovute): BTC {btc}",
            "Nuova guida online, gratis come sempre. Salvadanaio ⚡ {btc} / ETH {eth}",
            "Il bot costa circa {usd_small} € al mese. Chi vuole contribuire: {addr} ({coin}). Grazie!",
        ],
        "friend_payment": [
            "{handle} mi devi ancora i biglietti del concerto 😂 manda {crypto_small} ETH al solito indirizzo o fai un Satispay",
            "Weekend in baita: {usd_mid} € a testa, anticipo io. USDT su Tron va bene: {trx}",
            "Ti ho ridato i soldi {handle}, l'hash è {tx}. Controlla se sono arrivati.",
        ],
        "dev_address": [
            "Contratto verificato su Etherscan: {contract_url}. Codice, ABI e audit nel repository.",
            "Consiglio per la documentazione: un link di pagamento BIP-21 è fatto così: {btc_uri}",
            "Per i test uso un indirizzo usa e getta, {eth}. Non mandate fondi veri, è nei fixture pubblici.",
        ],
        "meme": [
            "Io: mando 1 BTC a Elon\nElon: te ne ridò 2\nNarratore: non ne ridiede 2",
            "Nuova strategia: tu mi mandi 0,1 ETH e io te ne ridò 0,2. Il raddoppio è garantito. Per me.",
            "«Invia 1 ETH e ricevine 2» è il principe nigeriano delle crypto e non accetto domande",
        ],
        "non_crypto": [
            "Ho perso un portafoglio di pelle marrone vicino al mercato di {city}. Dentro carta d'identità e la foto del mio cane. Ricompensa a chi lo trova!",
            "Caffè doppio, senza zucchero, e il barista mi ha offerto il secondo vista la faccia. Buongiorno solo a lui.",
            "La compagnia aerea ha perso la mia valigia. Reclamo fatto, dicono 48 ore. Qualcuno sa come parlare con un essere umano?",
            "Il nostro servizio di recupero dati ha salvato il 98% delle foto da un disco bagnato. Fate i backup!",
        ],
    },
    "scam": [
        ("giveaway", "Per ringraziare la community restituisco {crypto_max} BTC. Invia tra {crypto_min} e {crypto_max} BTC a {btc} e ricevi il doppio. Solo {minutes} minuti!"),
        ("giveaway", "Evento live di {celeb} 🔥 Ogni {coin} inviato a {addr} torna x2 all'istante. Posti limitati."),
        ("giveaway", "Oggi mi sento generoso: qualsiasi ETH mandato a {eth} torna raddoppiato in 10 minuti. Massimo {crypto_max} ETH a persona."),
        ("giveaway", "ANNIVERSARIO UFFICIALE {brand}: distribuiamo {usd_big} USDT. Invia {crypto_min} ETH per verificare l'indirizzo e ricevi il doppio. Info: {scam_url}"),
        ("drainer", "L'airdrop per i primi sostenitori è ATTIVO 🪂 Collega il wallet e riscatta prima che finisca: {scam_url}"),
        ("drainer", "Verifica se hai diritto a {token}. Finestra di riscatto di {hours} ore → {scam_url}"),
        ("drainer", "Abbiamo appena lanciato il token e voglio che i miei follower siano i primi. Riscatto gratis, solo gas: {scam_url}"),
        ("presale", "La prevendita di {token} chiude stanotte. Invia SOL a {sol} e ricevi i token in automatico. 10x garantito al listing."),
        ("presale", "Round privato aperto ancora 2 ore: minimo {crypto_min} ETH, prezzo di listing {mult} volte il tuo ingresso. Contratto: {eth}"),
        ("wallet_drop", "Regalo {usd_small} USDT a chiunque lasci il proprio wallet qui sotto 👇 Bisogna seguirmi. Invio entro un'ora!"),
        ("wallet_drop", "Lasciate il vostro indirizzo SOL, stasera airdrop di {usd_mid} dollari a 100 persone. Fate RT!"),
        ("fee_followup", "Complimenti! Sei stato estratto. Per sbloccare i tuoi {usd_mid} USDT paga prima la commissione di rete di {fee} ETH a {eth}."),
        ("recovery", "Mi dispiace per quello che ti è successo. Io ho recuperato i fondi con un agente certificato, scrivigli a {email}, sono seri."),
        ("recovery", "Non arrenderti! Le crypto si possono tracciare e recuperare. Scrivi al nostro team su WhatsApp {phone}, la settimana scorsa abbiamo recuperato {usd_big} $ per un cliente."),
        ("support", "Ciao, abbiamo ricevuto il tuo reclamo. Contatta l'assistenza tramite questo link sicuro: {scam_url}"),
        ("support", "Qui assistenza {brand}. Per sbloccare il wallet congelato sincronizzalo su {scam_url} o chiama il {phone}."),
        ("withdrawal_tax", "Il tuo prelievo di {usd_big} USDT è in sospeso. Va pagata una tassa del {int_pct}% prima dello sblocco. Inviala a {trx} e i fondi si sbloccano da soli."),
    ],
}

TEXT["ru"] = {
    "order": "fl",
    "first": [("Алексей", "aleksey"), ("Мария", "maria"), ("Дмитрий", "dima"), ("Анна", "anna"), ("Игорь", "igor"),
              ("Ольга", "olga"), ("Никита", "nikita"), ("Екатерина", "katya"), ("Сергей", "sergey"), ("Полина", "polina")],
    "last": [("Воронцов", "vorontsov"), ("Жуков", "zhukov"), ("Лебедев", "lebedev"), ("Крылов", "krylov"),
             ("Савельев", "saveliev"), ("Громов", "gromov"), ("Белов", "belov"), ("Орлов", "orlov")],
    "cities": ["Казани", "Самаре", "Томске", "Перми", "Калининграде", "Ярославле", "Твери"],
    "outlets": [("Блокчейн Ведомости", "bcvedomosti", "bcvedomosti.ru"), ("КриптоЛента", "kriptolenta", "kriptolenta.ru"),
                ("Северный Вестник Онлайн", "severvestnik", "severvestnik.ru")],
    "exchanges": [("Обменник Вектор", "VektorExchange", "vektor-exchange.com"), ("Крипто Сейф", "kriptosafe", "kriptosafe.io")],
    "police": [("Отдел по киберпреступлениям г. Заречинска", "ZarechCyber", "zarechinsk-police.ru")],
    "charities": [("Фонд «Тёплый дом»", "TepliyDomFond", "tepliydom.org"), ("Благотворительная столовая «Щи»", "StolovayaShchi", "stolovaya-shchi.org")],
    "projects": [("Quillnet", "quillnet_ru", "quillnet.network"), ("Lumora", "lumora_ru", "lumora.finance")],
    "celebs": [("Артём Шаповалов", "artemshapovalov"), ("Вера Лисицына", "veralisitsyna")],
    "scammers": [("Поддержка Binance RU", "BinancePomosh"), ("Возврат Крипты Юрист", "VozvratKripty")],
    "items": ["худи", "кружки", "плакаты с автографом"],
    "benign": {
        "news": [
            "Во вторник в {city} взломали аккаунт известного блогера, и в течение часа там висело: «{quote}». По данным блокчейна, подписчики отправили около {stolen} долларов.",
            "Фальшивая трансляция со старыми записями {celeb} обещала «удвоить любой BTC», отправленный на {btc}. До удаления на адрес пришло {victims} переводов.",
            "Полиция в {city} получила {victims} заявлений о сайте {defang}, который выдавал себя за розыгрыш {brand}.",
            "Мошенники использовали украденные верифицированные аккаунты, чтобы объявить фейковый пресейл токена. Клуб вернул доступ через 40 минут.",
        ],
        "warning": [
            "{org} никогда не пишет первым в личные сообщения и не просит сид-фразу. Никто не удваивает вашу криптовалюту — если обещают, это мошенники.",
            "Внимание: фейковый сайт ({defang}) копирует нашу акцию. Официальные кампании публикуются только на {org_domain}.",
            "Совет отдела по киберпреступлениям: не верьте «агентам по возврату», которые требуют предоплату за возврат украденных средств.",
            "Если на вашу жалобу отвечает «поддержка» и просит «синхронизировать» кошелёк — блокируйте. Настоящая поддержка так не работает.",
        ],
        "victim_ask": [
            "Это правда? Пришло в ответах:\n\n«{paste}»\n\nу аккаунта синяя галочка, но что-то не то",
            "Отец хочет отправить {usd_small} долларов вот сюда, потому что «это акция Илона»: {quote}… как объяснить ему, что это развод?",
            "Написали в личку, что я выиграл аирдроп и надо только подключить кошелёк по ссылке. Не нажимал. Развод же?",
            "Вчера вечером отправил {crypto_small} ETH на одно из этих «отправь 1 — получи 2». Можно что-то сделать?",
        ],
        "hacked_notice": [
            "Наш аккаунт взломали сегодня утром. Игнорируйте все посты про розыгрыши и токены за последние часы. Мы никогда не просим криптовалюту.",
            "Меня взломали. Те посты про крипту писал НЕ я. Ничего не отправляйте ни на какие адреса отсюда.",
            "Доступ восстановлен, фейковые посты удалены, 2FA включена. Кто подписал что-то по той ссылке — отзовите разрешения.",
        ],
        "donation": [
            "{charity} теперь принимает пожертвования в криптовалюте на зимнюю кампанию. BTC: {btc} · ETH: {eth}. Отчёт каждый квартал.",
            "Собрали {pct} % суммы для семей, пострадавших от наводнения в {city}. Помочь можно картой или в {coin}: {addr}",
            "Спасибо всем, кто помог! Публичный адрес для криптовалюты: {eth}. Отчёт по запросу.",
        ],
        "exchange_promo": [
            "Новое в {org}: пополните счёт хотя бы на {usd_small} USDT в этом месяце и получите скидку {int_pct} % на комиссии на 30 дней. Условия: {official_url}",
            "Турнир трейдеров {org} вернулся: призовой фонд {usd_big} USDT для топ-100 по объёму. Регистрация до {day}-го: {official_url}",
            "Приглашайте друзей и получайте {int_pct} % от их комиссий. Подробности: {official_url}",
            "Гибкий стейкинг ETH: ориентировочно {apy} % годовых. Ставка меняется ежедневно, риски описаны на {official_url}",
        ],
        "nft_airdrop": [
            "Второй сезон аирдропа открыт. Забирайте {token} только на {proj_url}. Мы никогда не присылаем ссылки в личку.",
            "Розыгрыш мест в вайтлисте {project}: оставьте публичный адрес кошелька в ответах (никогда не сид-фразу) и отметьте друга. Итоги {day}-го.",
            "Минт в пятницу в 17:00 UTC: {count} штук по 0,03 ETH. Единственный контракт: {contract}",
        ],
        "creator_giveaway": [
            "Нас 50 тысяч! Разыгрываю {winners} {item}. Лайк + ретвит для участия. Без покупок и без крипты.",
            "РОЗЫГРЫШ: подарочный сертификат на {usd_small} долларов одному из тех, кто сделает ретвит. Итоги завтра!",
            "Маленький подарок: отправлю по {crypto_small} SOL трём людям, которые посоветуют хорошую книгу. Со своего кошелька, без подвоха.",
        ],
        "price_talk": [
            "{ticker} пробивает боковик. Первая цель +{pct} %, если неделя закроется выше — жду иксы, минимум 2x. Не инвестсовет.",
            "Закрыл лонг с плечом {lev}x по ETH на {price_eth} $. Удвоил депозит на этой сделке и больше так не буду, нервы не железные.",
            "BTC по {price_btc} $, а кто-то всё ещё говорит, что поздно. Те же люди, что в {year}.",
            "Сигнал: ЛОНГ {ticker}, стоп под последним минимумом, тейки на 1,5R и 2R. Риск не больше 1 %.",
        ],
        "tip_jar": [
            "Если мои треды помогли, чаевые приветствуются (но не обязательны): BTC {btc}",
            "Новый гайд вышел, как всегда бесплатно. Копилка ⚡ {btc} / ETH {eth}",
            "Бот стоит около {usd_small} долларов в месяц. Кто хочет помочь: {addr} ({coin}). Спасибо!",
        ],
        "friend_payment": [
            "{handle} ты мне ещё за билеты на концерт должен 😂 кинь {crypto_small} ETH на обычный адрес или переводом",
            "Дача на выходных: по {usd_mid} рублей с человека, я оплачу вперёд. USDT в сети Tron тоже ок: {trx}",
            "Вернул {handle}, хеш транзакции {tx}. Проверь, дошло ли.",
        ],
        "dev_address": [
            "Контракт верифицирован на Etherscan: {contract_url}. Исходники, ABI и аудит в репозитории.",
            "Для документации: платёжная ссылка BIP-21 выглядит так: {btc_uri}",
            "Для тестов у меня одноразовый адрес {eth}. Не отправляйте туда реальные деньги, он лежит в публичных фикстурах.",
        ],
        "meme": [
            "Я: отправляю Илону 1 BTC\nИлон: верну тебе 2\nРассказчик: он не вернул 2",
            "Новая стратегия: ты мне 0,1 ETH, я тебе 0,2. Удвоение гарантировано. Мне.",
            "«Отправь 1 ETH — получи 2» это нигерийский принц крипто-мира, вопросы не принимаются",
        ],
        "non_crypto": [
            "Потерял коричневый кожаный бумажник у рынка в {city}. Внутри паспорт и фото моей собаки. Нашедшему вознаграждение!",
            "Двойной эспрессо без сахара, а второй бариста дал бесплатно, глядя на моё лицо. Доброе утро только ему.",
            "Авиакомпания потеряла мой чемодан. Заявление подал, обещают 48 часов. Кто знает, как дозвониться до живого человека?",
            "Наш сервис восстановления данных вытащил 98 % фото с залитого диска. Делайте бэкапы!",
        ],
    },
    "scam": [
        ("giveaway", "В честь нашего сообщества раздаю {crypto_max} BTC. Отправьте от {crypto_min} до {crypto_max} BTC на {btc} и получите вдвое больше. Только {minutes} минут!"),
        ("giveaway", "Прямой эфир {celeb} 🔥 Весь {coin}, отправленный на {addr}, возвращается x2 мгновенно. Мест мало."),
        ("giveaway", "Сегодня я щедрый: любой ETH на {eth} вернётся удвоенным за 10 минут. Максимум {crypto_max} ETH на человека."),
        ("giveaway", "ОФИЦИАЛЬНАЯ ГОДОВЩИНА {brand}: раздаём {usd_big} USDT. Отправьте {crypto_min} ETH для проверки адреса и получите 2x. Подробнее: {scam_url}"),
        ("drainer", "Аирдроп для первых сторонников ЗАПУЩЕН 🪂 Подключите кошелёк и заберите, пока не закончился: {scam_url}"),
        ("drainer", "Проверьте право на {token}. Окно получения всего {hours} ч → {scam_url}"),
        ("drainer", "Мы только что запустили токен, и мои подписчики должны быть первыми. Бесплатно, только газ: {scam_url}"),
        ("presale", "Пресейл {token} закрывается сегодня ночью. Отправьте SOL на {sol}, токены придут автоматически. Гарантированные 10x на листинге."),
        ("presale", "Приватный раунд открыт ещё 2 часа: минимум {crypto_min} ETH, цена листинга в {mult} раз выше входа. Контракт: {eth}"),
        ("wallet_drop", "Дарю {usd_small} USDT каждому, кто оставит кошелёк в комментариях 👇 Подписка обязательна. Отправлю в течение часа!"),
        ("wallet_drop", "Оставляйте адрес SOL, сегодня вечером аирдроп {usd_mid} долларов для 100 человек. Ретвит обязателен."),
        ("fee_followup", "Поздравляем! Вы выиграли. Чтобы получить {usd_mid} USDT, сначала оплатите комиссию сети {fee} ETH на {eth}."),
        ("recovery", "Сочувствую. Я вернул свои средства с помощью сертифицированного специалиста, пишите на {email}, всё честно."),
        ("recovery", "Не сдавайтесь! Крипту можно отследить и вернуть. Пишите нашей команде в WhatsApp {phone}, на прошлой неделе вернули клиенту {usd_big} $."),
        ("support", "Здравствуйте, мы получили вашу жалобу. Обратитесь в поддержку по защищённой ссылке: {scam_url}"),
        ("support", "Поддержка {brand} на связи. Чтобы разморозить кошелёк, синхронизируйте его на {scam_url} или позвоните {phone}."),
        ("withdrawal_tax", "Ваш вывод {usd_big} USDT в ожидании. Перед зачислением нужно оплатить налог {int_pct} %. Отправьте на {trx}, и средства разблокируются."),
    ],
}

TEXT["tr"] = {
    "order": "fl",
    "first": [("Emre", "emre"), ("Zeynep", "zeynep"), ("Burak", "burak"), ("Elif", "elif"), ("Can", "can"),
              ("Selin", "selin"), ("Mert", "mert"), ("Ayşe", "ayse"), ("Oğuz", "oguz"), ("Deniz", "deniz")],
    "last": [("Kaya", "kaya"), ("Aydın", "aydin"), ("Erdem", "erdem"), ("Korkmaz", "korkmaz"),
             ("Tunç", "tunc"), ("Yalçın", "yalcin"), ("Sezer", "sezer"), ("Kılıç", "kilic")],
    "cities": ["İzmir", "Eskişehir", "Kayseri", "Denizli", "Edirne"],
    "outlets": [("Blokzincir Gündem", "blokgundem", "blokgundem.com.tr"), ("Kripto Haftası", "kriptohaftasi", "kriptohaftasi.com"),
                ("Ege Dijital Haber", "egedijital", "egedijitalhaber.com")],
    "exchanges": [("Boğaz Borsa", "BogazBorsa", "bogazborsa.com.tr"), ("Kasa Kripto", "kasakripto", "kasakripto.com")],
    "police": [("Yeşilova Siber Suçlarla Mücadele", "YesilovaSiber", "yesilova-siber.gov.tr")],
    "charities": [("Sıcak Yuva Derneği", "SicakYuva", "sicakyuva.org"), ("Mahalle Aşevi Vakfı", "MahalleAsevi", "mahalleasevi.org")],
    "projects": [("Verdana Labs", "verdana_tr", "verdanalabs.xyz"), ("Plinko Chain", "plinko_tr", "plinkochain.org")],
    "celebs": [("Kerem Atasoy", "krmatasoy"), ("Nil Baysal", "nilbaysal")],
    "scammers": [("Binance Destek TR", "BinanceDestek"), ("Kripto İade Uzmanı", "KriptoIade")],
    "items": ["tişört", "kupa", "imzalı poster"],
    "benign": {
        "news": [
            "{city}'deki tanınmış bir şefin hesabı salı günü ele geçirildi ve bir saat boyunca şu paylaşım kaldı: \"{quote}\". Zincir üstü verilere göre takipçiler yaklaşık {stolen} dolar gönderdi.",
            "{celeb} adına eski görüntülerle yapılan sahte bir canlı yayın, {btc} adresine gönderilen \"her BTC'yi ikiye katlama\" sözü verdi. Yayın kapanana kadar adrese {victims} ödeme geldi.",
            "{city} polisi, kendini {brand} çekilişi gibi gösteren {defang} sitesi hakkında {victims} şikâyet aldı.",
            "Dolandırıcılar çalınan onaylı hesaplarla sahte bir token ön satışı duyurdu. Kulüp hesabı 40 dakika sonra geri aldı.",
        ],
        "warning": [
            "{org} size asla önce DM atmaz, kurtarma kelimelerinizi asla istemez. Kimse kriptonuzu ikiye katlamaz; vaat eden dolandırıcıdır.",
            "Dikkat: sahte bir site ({defang}) kampanyamızı taklit ediyor. Resmî kampanyalar yalnızca {org_domain} üzerinde yayınlanır.",
            "Siber ekipten uyarı: çalınan kriptoyu geri almak için peşin ücret isteyen \"kurtarma uzmanlarına\" itibar etmeyin.",
            "Şikâyetinize destek ekibi gibi cevap verip cüzdanınızı \"senkronize etmenizi\" isteyen hesabı engelleyin. Gerçek destek böyle çalışmaz.",
        ],
        "victim_ask": [
            "Bu gerçek mi? Yanıtlarıma düştü:\n\n\"{paste}\"\n\nhesapta mavi tik var ama içim rahat değil",
            "Babam buna {usd_small} TL göndermek istiyor, \"Elon'un etkinliği\" diyor: {quote}... sahte olduğunu nasıl anlatırım?",
            "DM'den airdrop kazandığımı, sadece bir linkten cüzdanı bağlamam gerektiğini yazdılar. Tıklamadım. Dolandırıcılık değil mi?",
            "Dün gece \"1 gönder 2 al\" tarzı bir paylaşıma {crypto_small} ETH gönderdim. Yapabileceğim bir şey var mı?",
        ],
        "hacked_notice": [
            "Hesabımız bu sabah ele geçirildi. Son saatlerdeki çekiliş ve token paylaşımlarını dikkate almayın. Biz asla kripto istemeyiz.",
            "Hacklendim. O kripto paylaşımlarını ben YAPMADIM. Buradan paylaşılan hiçbir adrese bir şey göndermeyin.",
            "Hesap geri alındı, sahte paylaşımlar silindi, 2FA açık. O linkte bir şey imzalayan varsa izinleri hemen iptal etsin.",
        ],
        "donation": [
            "{charity} kış kampanyası için artık kripto bağış da kabul ediyor. BTC: {btc} · ETH: {eth}. Her çeyrekte rapor yayımlıyoruz.",
            "{city}'deki sel mağduru aileler için hedefin %{pct} kadarına ulaştık. Havale ya da {coin} ile bağış: {addr}",
            "Bağış yapan herkese teşekkürler! Kripto tercih edenler için açık adresimiz: {eth}. Makbuz talep üzerine.",
        ],
        "exchange_promo": [
            "{org}'da yeni: bu ay en az {usd_small} USDT yatır, 30 gün boyunca işlem ücretlerinde %{int_pct} indirim kazan. Koşullar: {official_url}",
            "{org} Trading Kupası geri döndü: hacme göre ilk 100'e {usd_big} USDT ödül havuzu. Son kayıt {day} Eylül: {official_url}",
            "Arkadaşını davet et, işlem ücretlerinin %{int_pct}'ini kazan. Detaylar: {official_url}",
            "Esnek ETH staking'de tahmini yıllık getiri %{apy}. Oran her gün değişir; riskleri {official_url} adresinde okuyun.",
        ],
        "nft_airdrop": [
            "Airdrop'un 2. sezonu başladı. {token} yalnızca {proj_url} üzerinden alınabilir. DM ile asla link göndermeyiz.",
            "{project} allowlist çekilişi: cüzdanınızın açık adresini aşağıya bırakın (asla kurtarma kelimelerini değil) ve bir arkadaşınızı etiketleyin. Kazananlar {day} Eylül'de açıklanacak.",
            "Mint cuma 17:00 UTC'de açılıyor: {count} parça, tanesi 0,03 ETH. Tek resmî kontrat: {contract}",
        ],
        "creator_giveaway": [
            "50 bin aboneye ulaştık! {winners} {item} hediye ediyorum. Katılmak için beğen + RT. Satın alma yok, kripto yok.",
            "ÇEKİLİŞ: RT yapanlardan birine {usd_small} TL'lik hediye kartı. Yarın bitiyor, bol şans!",
            "Küçük bir teşekkür: bana güzel bir kitap öneren üç kişiye {crypto_small} SOL gönderiyorum. Kendi cüzdanımdan, hilesiz.",
        ],
        "price_talk": [
            "{ticker} yatay bandı kırıyor. İlk hedef +%{pct}, haftalık kapanış tutarsa buradan 2x bekliyorum. YTD.",
            "ETH'de {lev}x long'u {price_eth} dolardan kapattım. Bu işlemde paramı ikiye katladım ve bir daha yapmam, kalbim dayanmaz.",
            "BTC {price_btc} dolar ve hâlâ geç kaldık diyenler var. {year}'te de aynıları diyordu.",
            "Sinyal: {ticker} LONG, stop son dibin altında, hedefler 1,5R ve 2R. Risk en fazla %1.",
        ],
        "tip_jar": [
            "Flood'larım işinize yaradıysa bahşiş memnuniyetle (asla zorunlu değil): BTC {btc}",
            "Yeni rehber yayında, her zamanki gibi ücretsiz. Kumbara ⚡ {btc} / ETH {eth}",
            "Botun aylık maliyeti yaklaşık {usd_small} dolar. Destek olmak isteyen: {addr} ({coin}). Teşekkürler!",
        ],
        "friend_payment": [
            "{handle} konser biletlerinin parasını hâlâ vermedin 😂 her zamanki adrese {crypto_small} ETH at ya da IBAN'a gönder",
            "Hafta sonu bungalov: kişi başı {usd_mid} TL, ben ödüyorum. Tron ağında USDT olur: {trx}",
            "Borcumu ödedim {handle}, işlem hash'i {tx}. Geldi mi bak.",
        ],
        "dev_address": [
            "Kontrat Etherscan'de doğrulandı: {contract_url}. Kaynak kod, ABI ve denetim raporu repoda.",
            "Dokümantasyon notu: BIP-21 ödeme linki şöyle görünür: {btc_uri}",
            "Testler için kullan-at bir adresim var: {eth}. Gerçek para göndermeyin, herkese açık fixture'larda duruyor.",
        ],
        "meme": [
            "Ben: Elon'a 1 BTC gönderiyorum\nElon: sana 2 geri yollarım\nAnlatıcı: 2 geri yollamadı",
            "Yeni stratejim: sen bana 0,1 ETH gönder, ben sana 0,2 göndereyim. İkiye katlama garantili. Benim için.",
            "\"1 ETH gönder 2 al\" kripto dünyasının Nijeryalı prensi, soru almıyorum",
        ],
        "non_crypto": [
            "{city}'de pazarın yakınında kahverengi deri cüzdanımı kaybettim. İçinde kimliğim ve köpeğimin fotoğrafı var. Bulana ödül!",
            "Duble espresso, şekersiz, barista da yüzümü görünce ikincisini ikram etti. Günaydın sadece ona.",
            "Havayolu valizimi kaybetti. Başvuru yaptım, 48 saat diyorlar. Gerçek bir insana nasıl ulaşılır bilen var mı?",
            "Veri kurtarma servisimiz ıslanmış bir diskten fotoğrafların %98'ini kurtardı. Yedek alın arkadaşlar.",
        ],
    },
    "scam": [
        ("giveaway", "Topluluğumuza teşekkür olarak {crypto_max} BTC dağıtıyorum. {btc} adresine {crypto_min} ile {crypto_max} BTC arası gönder, iki katını geri al. Sadece {minutes} dakika!"),
        ("giveaway", "{celeb} canlı etkinliği 🔥 {addr} adresine gönderilen tüm {coin} anında x2 olarak iade edilir. Kontenjan sınırlı."),
        ("giveaway", "Bugün cömertim: {eth} adresine gönderilen her ETH 10 dakika içinde iki katı olarak döner. Kişi başı en fazla {crypto_max} ETH."),
        ("giveaway", "RESMİ {brand} YIL DÖNÜMÜ: {usd_big} USDT dağıtıyoruz. Adres doğrulaması için {crypto_min} ETH gönder, 2 katını al. Detay: {scam_url}"),
        ("drainer", "İlk destekçilere airdrop BAŞLADI 🪂 Cüzdanını bağla, bitmeden al: {scam_url}"),
        ("drainer", "{token} için uygunluğunu kontrol et. Talep penceresi sadece {hours} saat → {scam_url}"),
        ("drainer", "Token'ımızı az önce çıkardık, ilk takipçilerim alsın istiyorum. Ücretsiz, sadece gas: {scam_url}"),
        ("presale", "{token} ön satışı bu gece bitiyor. {sol} adresine SOL gönder, tokenlar otomatik gelir. Listelemede 10x garanti."),
        ("presale", "Özel tur 2 saat daha açık: en az {crypto_min} ETH, listeleme fiyatı girişinin {mult} katı. Kontrat: {eth}"),
        ("wallet_drop", "Cüzdanını aşağıya bırakan herkese {usd_small} USDT hediye 👇 Takip şart. Bir saat içinde gönderiyorum!"),
        ("wallet_drop", "SOL adresini bırak, bu gece 100 kişiye {usd_mid} dolar airdrop yapıyorum. RT unutma."),
        ("fee_followup", "Tebrikler! Çekilişi kazandınız. {usd_mid} USDT'nizi almak için önce {fee} ETH ağ ücretini {eth} adresine ödeyin."),
        ("recovery", "Başına gelenlere üzüldüm. Ben paramı sertifikalı bir uzmanla geri aldım, {email} adresine yaz, çok güvenilirler."),
        ("recovery", "Pes etme! Kripto izlenip geri alınabilir. WhatsApp'tan {phone} numarasına yaz, geçen hafta bir müşterimize {usd_big} dolar geri aldık."),
        ("support", "Merhaba, şikâyetinizi aldık. Sorunu çözmek için bu güvenli bağlantıdan destek ekibimize ulaşın: {scam_url}"),
        ("support", "{brand} destek ekibi. Dondurulan cüzdanınızı açmak için {scam_url} üzerinden senkronize edin ya da {phone} numarasını arayın."),
        ("withdrawal_tax", "{usd_big} USDT çekim talebiniz beklemede. Onaydan önce %{int_pct} vergi ödenmesi gerekiyor. {trx} adresine gönderin, bakiyeniz otomatik açılır."),
    ],
}

TEXT["ar"] = {
    "order": "fl",
    "first": [("أحمد", "ahmed"), ("ليلى", "layla"), ("يوسف", "yousef"), ("نور", "nour"), ("خالد", "khaled"),
              ("سارة", "sara"), ("عمر", "omar"), ("ريم", "reem"), ("طارق", "tarek"), ("هدى", "huda")],
    "last": [("الحربي", "alharbi"), ("المصري", "almasri"), ("بن سالم", "binsalem"), ("الخطيب", "alkhatib"),
             ("العمري", "alomari"), ("النجار", "alnajjar"), ("الزين", "alzein"), ("حداد", "haddad")],
    "cities": ["جدة", "عمّان", "الدار البيضاء", "الإسكندرية", "الدوحة", "تونس", "بيروت"],
    "outlets": [("صحيفة السلسلة اليوم", "silsilatoday", "silsilatoday.com"), ("أخبار الكريبتو العربية", "cryptoakhbar", "cryptoakhbar.net"),
                ("منصة الواحة الرقمية", "alwahadigital", "alwahadigital.com")],
    "exchanges": [("منصة صرّاف", "SarrafExchange", "sarraf.exchange"), ("خزنة", "khaznacoin", "khazna.io")],
    "police": [("وحدة مكافحة الجرائم الإلكترونية – مدينة الريحان", "RayhanCyber", "rayhan-cyber.gov")],
    "charities": [("جمعية الدفء الخيرية", "AldifaCharity", "aldifa.org"), ("بنك الطعام في الحيّ", "HayFoodBank", "hayfoodbank.org")],
    "projects": [("Marsh Protocol", "marsh_ar", "marshprotocol.io"), ("Zephyr Rollup", "zephyr_ar", "zephyrrollup.io")],
    "celebs": [("سامي القاسم", "samialqasem"), ("رنا الشامي", "ranaalshami")],
    "scammers": [("دعم Binance العربي", "BinanceDaamAR"), ("خبير استرداد العملات", "IstirdadCrypto")],
    "items": ["قمصان", "أكواب", "ملصقات موقّعة"],
    "benign": {
        "news": [
            "تعرّض حساب مذيع معروف في {city} للاختراق يوم الثلاثاء، ونُشر عليه لمدة ساعة: «{quote}». وبحسب بيانات السلسلة، أرسل المتابعون نحو {stolen} دولار.",
            "بثّ مباشر مزيّف استخدم لقطات قديمة لـ{celeb} ووعد بـ«مضاعفة أي BTC يُرسل» إلى العنوان {btc}. تلقّى العنوان {victims} تحويلًا قبل حذف البث.",
            "تلقّت الشرطة في {city} {victims} بلاغًا بشأن موقع {defang} الذي انتحل صفة مسابقة لـ{brand}.",
            "استخدم محتالون حسابات موثّقة مسروقة للإعلان عن بيع مسبق وهمي لعملة رقمية، واستعاد النادي حسابه بعد 40 دقيقة.",
        ],
        "warning": [
            "{org} لن تراسلك أبدًا أولًا عبر الرسائل الخاصة ولن تطلب عبارة الاسترداد. لا أحد يضاعف عملاتك الرقمية، ومن يعدك بذلك محتال.",
            "تنبيه: موقع مزيّف ({defang}) يقلّد حملتنا. الحملات الرسمية تُنشر فقط على {org_domain}.",
            "نصيحة من وحدة الجرائم الإلكترونية: احذروا ممن يسمّون أنفسهم «خبراء استرداد» ويطلبون رسومًا مقدّمة لإعادة الأموال المسروقة.",
            "إذا ردّ أحد على شكواك مدّعيًا أنه من الدعم وطلب «مزامنة» محفظتك، فاحظره فورًا. الدعم الحقيقي لا يعمل هكذا.",
        ],
        "victim_ask": [
            "هل هذا حقيقي؟ وصلني في الردود:\n\n«{paste}»\n\nالحساب موثّق لكني غير مرتاح",
            "والدي يريد إرسال {usd_small} دولار لهذا لأنه «حدث إيلون»: {quote}… كيف أقنعه أنه احتيال؟",
            "راسلني أحدهم أنني ربحت إيردروب ويكفي أن أربط المحفظة عبر رابط. لم أضغط. احتيال صح؟",
            "أرسلت البارحة {crypto_small} ETH إلى منشور من نوع «أرسل 1 واستلم 2». هل يمكنني فعل أي شيء؟",
        ],
        "hacked_notice": [
            "تم اختراق حسابنا صباح اليوم. يرجى تجاهل أي منشورات عن مسابقات أو عملات خلال الساعات الماضية. نحن لا نطلب العملات الرقمية أبدًا.",
            "تم اختراق حسابي. منشورات الكريبتو تلك ليست مني. لا ترسلوا شيئًا إلى أي عنوان نُشر هنا.",
            "استعدنا الحساب وحذفنا المنشورات المزيّفة وفعّلنا التحقق بخطوتين. من وقّع شيئًا عبر ذلك الرابط فليلغِ الصلاحيات الآن.",
        ],
        "donation": [
            "{charity} تقبل الآن التبرعات بالعملات الرقمية لحملة الشتاء. BTC: {btc} · ETH: {eth}. ننشر تقريرًا كل ثلاثة أشهر.",
            "وصلنا إلى {pct}٪ من الهدف لمساعدة الأسر المتضررة من السيول في {city}. التبرع بالبطاقة أو بعملة {coin}: {addr}",
            "شكرًا لكل من تبرّع! العنوان العام لمن يفضّل العملات الرقمية: {eth}. الإيصال عند الطلب.",
        ],
        "exchange_promo": [
            "جديد على {org}: أودِع {usd_small} USDT على الأقل هذا الشهر واحصل على خصم {int_pct}٪ على رسوم التداول لمدة 30 يومًا. الشروط: {official_url}",
            "عادت بطولة التداول من {org}: جوائز بقيمة {usd_big} USDT لأعلى 100 متداول حسب الحجم. التسجيل حتى يوم {day}: {official_url}",
            "ادعُ أصدقاءك واحصل على {int_pct}٪ من رسوم تداولهم. التفاصيل: {official_url}",
            "تخزين ETH المرن بعائد سنوي تقديري {apy}٪. النسبة تتغير يوميًا، اقرأ المخاطر على {official_url}",
        ],
        "nft_airdrop": [
            "انطلق الموسم الثاني من الإيردروب. استلم {token} فقط عبر {proj_url}. لن نرسل لك روابط في الخاص أبدًا.",
            "سحب على مقاعد القائمة البيضاء لـ{project}: اترك عنوان محفظتك العام في الردود (لا تكتب عبارة الاسترداد أبدًا) وأشِر إلى صديق. النتائج يوم {day}.",
            "يفتح السكّ يوم الجمعة الساعة 17:00 UTC: {count} قطعة بسعر 0.03 ETH. العقد الوحيد: {contract}",
        ],
        "creator_giveaway": [
            "وصلنا 50 ألف مشترك! سأهدي {winners} من {item}. للمشاركة: إعجاب وإعادة تغريد. بلا شراء وبلا كريبتو.",
            "مسابقة: بطاقة هدايا بقيمة {usd_small} دولار لشخص واحد يعيد التغريد. تنتهي غدًا، بالتوفيق!",
            "هدية بسيطة: سأرسل {crypto_small} SOL لثلاثة أشخاص يقترحون عليّ كتابًا جميلًا. من محفظتي، بلا أي شروط.",
        ],
        "price_talk": [
            "{ticker} يكسر النطاق العرضي. الهدف الأول +{pct}٪، وإذا صمد الإغلاق الأسبوعي أتوقع 2x من هنا. ليست نصيحة مالية.",
            "أغلقت صفقة لونغ برافعة {lev}x على ETH عند {price_eth} دولار. ضاعفت رأس مالي في هذه الصفقة ولن أكررها، أعصابي لا تحتمل.",
            "BTC عند {price_btc} دولار وما زال البعض يقول فات الأوان. نفس الأشخاص في {year}.",
            "إشارة: شراء {ticker}، وقف الخسارة تحت آخر قاع، الأهداف عند 1.5R و2R. لا تخاطر بأكثر من 1٪.",
        ],
        "tip_jar": [
            "إذا أفادتك سلاسلي، الإكرامية مرحّب بها (وليست واجبة): BTC {btc}",
            "الدليل الجديد منشور ومجاني كالعادة. حصّالة ⚡ {btc} / ETH {eth}",
            "تشغيل البوت يكلّف نحو {usd_small} دولار شهريًا. لمن يحب المساهمة: {addr} ({coin}). شكرًا!",
        ],
        "friend_payment": [
            "{handle} ما زلت مدينًا لي بثمن تذاكر الحفل 😂 أرسل {crypto_small} ETH إلى العنوان المعتاد أو حوّل بنكيًا",
            "رحلة الشاليه نهاية الأسبوع: {usd_mid} للشخص وأنا أدفع مقدّمًا. USDT على شبكة ترون مناسب: {trx}",
            "سدّدتك يا {handle}، رقم المعاملة {tx}. تأكد أنها وصلت.",
        ],
        "dev_address": [
            "تم توثيق العقد على Etherscan: {contract_url}. الشيفرة وABI وتقرير التدقيق في المستودع.",
            "للتوثيق: رابط الدفع وفق BIP-21 يبدو هكذا: {btc_uri}",
            "للاختبار أستخدم عنوانًا مؤقتًا {eth}. لا ترسلوا أموالًا حقيقية، فهو موجود في بيانات الاختبار العامة.",
        ],
        "meme": [
            "أنا: أرسلت 1 BTC لإيلون\nإيلون: سأعيد لك 2\nالراوي: لم يُعِد 2",
            "استراتيجيتي الجديدة: ترسل لي 0.1 ETH وأعيد لك 0.2. المضاعفة مضمونة… لي أنا.",
            "«أرسل 1 ETH واستلم 2» هو الأمير النيجيري في عالم الكريبتو، ولا أقبل أسئلة",
        ],
        "non_crypto": [
            "أضعت محفظة جلدية بنية قرب سوق {city} صباح اليوم، فيها هويتي وصورة كلبي. مكافأة لمن يجدها!",
            "إسبريسو مزدوج بلا سكر، والنادل قدّم لي الثاني مجانًا لما رأى وجهي. صباح الخير له وحده.",
            "شركة الطيران أضاعت حقيبتي. قدّمت مطالبة ويقولون 48 ساعة. هل يعرف أحد كيف أكلّم موظفًا حقيقيًا؟",
            "خدمة استعادة البيانات لدينا أنقذت 98٪ من الصور على قرص غمرته المياه. احتفظوا بنسخ احتياطية!",
        ],
    },
    "scam": [
        ("giveaway", "احتفالًا بمجتمعنا أوزّع {crypto_max} BTC. أرسل ما بين {crypto_min} و{crypto_max} BTC إلى {btc} وسأعيد لك الضعف. لمدة {minutes} دقيقة فقط!"),
        ("giveaway", "حدث مباشر لـ{celeb} 🔥 كل {coin} يُرسل إلى {addr} يُعاد مضاعفًا فورًا. الأماكن محدودة."),
        ("giveaway", "أنا كريم اليوم: أي ETH يصل إلى {eth} يعود مضاعفًا خلال 10 دقائق. الحد الأقصى {crypto_max} ETH للشخص."),
        ("giveaway", "الذكرى السنوية الرسمية لـ{brand}: نوزّع {usd_big} USDT. أرسل {crypto_min} ETH للتحقق من عنوانك واستلم الضعف. التفاصيل: {scam_url}"),
        ("drainer", "الإيردروب للداعمين الأوائل متاح الآن 🪂 اربط محفظتك واستلم قبل الانتهاء: {scam_url}"),
        ("drainer", "تحقّق من أهليتك لـ{token}. نافذة الاستلام {hours} ساعة فقط ← {scam_url}"),
        ("drainer", "أطلقنا عملتنا للتو وأريد متابعيّ أولًا. استلام مجاني، فقط رسوم الغاز: {scam_url}"),
        ("presale", "البيع المسبق لـ{token} ينتهي الليلة. أرسل SOL إلى {sol} وتصلك العملات تلقائيًا. ربح 10x مضمون عند الإدراج."),
        ("presale", "الجولة الخاصة مفتوحة لساعتين فقط: الحد الأدنى {crypto_min} ETH، وسعر الإدراج {mult} أضعاف سعر دخولك. العقد: {eth}"),
        ("wallet_drop", "سأهدي {usd_small} USDT لكل من يترك عنوان محفظته في الردود 👇 المتابعة شرط. الإرسال خلال ساعة!"),
        ("wallet_drop", "اترك عنوان SOL الخاص بك، الليلة إيردروب بقيمة {usd_mid} دولار لـ100 شخص. لا تنسَ إعادة التغريد."),
        ("fee_followup", "مبروك! تم اختيارك في السحب. لتحرير {usd_mid} USDT ادفع أولًا رسوم الشبكة {fee} ETH إلى {eth}."),
        ("recovery", "آسف لما حدث لك. استعدت أموالي بمساعدة وكيل معتمد، راسلهم على {email}، موثوقون وسريعون."),
        ("recovery", "لا تستسلم! العملات الرقمية يمكن تتبّعها واستردادها. راسل فريقنا على واتساب {phone}، استرددنا {usd_big} دولار لعميل الأسبوع الماضي."),
        ("support", "مرحبًا، استلمنا شكواك. تواصل مع الدعم عبر هذا الرابط الآمن لحل المشكلة: {scam_url}"),
        ("support", "معك دعم {brand}. لفكّ تجميد محفظتك قم بمزامنتها عبر {scam_url} أو اتصل على {phone}."),
        ("withdrawal_tax", "سحبك بقيمة {usd_big} USDT معلّق. يجب دفع ضريبة {int_pct}٪ قبل التحرير. أرسلها إلى {trx} وسيتم فك الرصيد تلقائيًا."),
    ],
}

TEXT["ja"] = {
    "order": "lf",
    "first": [("翔太", "shota"), ("美咲", "misaki"), ("健一", "kenichi"), ("彩花", "ayaka"), ("大輔", "daisuke"),
              ("さくら", "sakura"), ("拓海", "takumi"), ("由衣", "yui"), ("亮", "ryo"), ("真央", "mao")],
    "last": [("佐伯", "saeki"), ("高瀬", "takase"), ("森川", "morikawa"), ("小野寺", "onodera"), ("村井", "murai"),
             ("桐山", "kiriyama"), ("浜田", "hamada"), ("久保", "kubo")],
    "cities": ["札幌", "仙台", "金沢", "福岡", "那覇", "神戸", "松本"],
    "outlets": [("ブロックチェーン日報", "bc_nippo", "bc-nippo.jp"), ("暗号資産ウォッチ", "angou_watch", "angou-watch.jp"),
                ("北港新聞デジタル", "hokko_digital", "hokko-shimbun.jp")],
    "exchanges": [("さくら橋取引所", "SakurabashiEx", "sakurabashi-ex.jp"), ("金庫コイン", "kinkocoin", "kinkocoin.jp")],
    "police": [("青葉県警 サイバー犯罪対策課", "AobaCyber", "aoba-police.jp")],
    "charities": [("NPO法人 ひだまりの家", "hidamari_npo", "hidamari-npo.org"), ("こども食堂みなと", "kodomo_minato", "kodomo-minato.org")],
    "projects": [("Owlpaper NFT", "owlpaper_jp", "owlpaper.art"), ("Lumora", "lumora_jp", "lumora.finance")],
    "celebs": [("藤崎ハルト", "fujisaki_haruto"), ("水野リナ", "mizuno_rina")],
    "scammers": [("Binance サポート窓口", "BinanceSupJP"), ("仮想通貨 返金代行", "HenkinDaiko")],
    "items": ["Tシャツ", "マグカップ", "サイン入りポスター"],
    "benign": {
        "news": [
            "{city}の人気ラジオパーソナリティのアカウントが火曜日に乗っ取られ、約1時間「{quote}」という投稿が表示されていた。オンチェーンデータによると、フォロワーから約{stolen}ドルが送金されたという。",
            "{celeb}の過去映像を使った偽のライブ配信が「送られたBTCを2倍にして返す」とうたい、アドレス{btc}を表示していた。配信削除までに{victims}件の送金があった。",
            "{city}の警察には、{brand}のキャンペーンを装ったサイト{defang}について{victims}件の相談が寄せられた。",
            "詐欺グループは盗んだ認証済みアカウントで偽のトークン先行販売を告知した。被害を受けたクラブは40分後にアカウントを取り戻した。",
        ],
        "warning": [
            "{org}からDMで先に連絡することは絶対にありません。シードフレーズを聞くこともありません。「送れば2倍で返す」は100%詐欺です。",
            "ご注意ください：当社キャンペーンを装った偽サイト（{defang}）が確認されています。公式キャンペーンは{org_domain}でのみ告知します。",
            "【注意喚起】盗まれた暗号資産を取り戻すと言って前払い手数料を求める「回収業者」は、同じ詐欺の二段目です。",
            "苦情ツイートにサポートを名乗って返信し、ウォレットの「同期」を求めるアカウントはブロックしてください。本物のサポートはそうしません。",
        ],
        "victim_ask": [
            "これ本物？リプに来てた\n\n「{paste}」\n\n認証バッジ付きだけど怪しすぎる",
            "父が「イーロンのイベントだから」と言って{usd_small}ドル送ろうとしてる：{quote}…どう説明すればいい？",
            "エアドロップに当選したのでリンクからウォレットを接続してくださいってDMが来た。押してない。詐欺だよね？",
            "昨夜「1送れば2返す」系の投稿に{crypto_small} ETH送ってしまった。何かできることある？",
        ],
        "hacked_notice": [
            "本日朝、当アカウントが不正アクセスを受けました。ここ数時間のプレゼント企画やトークンに関する投稿は無視してください。暗号資産を求めることはありません。",
            "乗っ取られてました。あの仮想通貨の投稿は私じゃないです。ここに載ったアドレスには絶対に送らないで。",
            "アカウント復旧しました。偽の投稿は削除、二段階認証も再設定済み。リンク先で署名してしまった方は承認をすぐ取り消してください。",
        ],
        "donation": [
            "{charity}では冬の支援キャンペーンで暗号資産による寄付も受け付けています。BTC：{btc}　ETH：{eth}　四半期ごとに報告を公開しています。",
            "{city}の豪雨被災世帯への支援、目標の{pct}%まで来ました。振込または{coin}での寄付はこちら：{addr}",
            "ご寄付ありがとうございます。暗号資産での受付用公開アドレス：{eth}　領収書はご希望の方に発行します。",
        ],
        "exchange_promo": [
            "{org}からのお知らせ：今月{usd_small}ドル相当以上を入金すると、30日間取引手数料が{int_pct}%オフ。詳細：{official_url}",
            "{org}トレーディング大会開催！取引量上位100名で賞金{usd_big} USDTを山分け。{day}日までにエントリー：{official_url}",
            "友達紹介で、友達の取引手数料の{int_pct}%を還元。条件はこちら：{official_url}",
            "ETHフレキシブルステーキング、想定年利{apy}%。利率は毎日変動します。リスクについては{official_url}をご確認ください。",
        ],
        "nft_airdrop": [
            "エアドロップ第2弾スタート。{token}の受け取りは{proj_url}のみです。DMでリンクを送ることはありません。",
            "{project}のホワイトリスト抽選！公開ウォレットアドレスをリプに（シードフレーズは絶対NG）＋友達をタグ付け。当選発表は{day}日。",
            "金曜17時（UTC）ミント開始：{count}点、各0.03 ETH。公式コントラクトはこれだけ：{contract}",
        ],
        "creator_giveaway": [
            "登録者5万人ありがとう！{item}を{winners}名にプレゼント。いいね＋RTで応募完了。購入不要、仮想通貨も不要です。",
            "【プレゼント企画】{usd_small}ドル分のギフトカードをRTしてくれた方から1名に。明日締め切り！",
            "ささやかなお礼：おすすめの本を教えてくれた3人に{crypto_small} SOLずつ送ります。自分のウォレットから、条件なし。",
        ],
        "price_talk": [
            "{ticker}レンジ上抜け。第1ターゲット+{pct}%、週足が維持できればここから2倍狙い。投資助言ではありません。",
            "ETHの{lev}倍ロングを{price_eth}ドルで決済。このトレードで資金2倍になったけど、心臓に悪いのでもうやらない。",
            "BTC {price_btc}ドルでもまだ「遅すぎた」って言う人いるけど、{year}年も同じこと言ってたよね。",
            "シグナル：{ticker} ロング、損切りは直近安値の下、利確は1.5Rと2R。リスクは最大1%。",
        ],
        "tip_jar": [
            "スレッドが役に立ったら投げ銭歓迎です（強制ではありません）：BTC {btc}",
            "新しいガイドを公開しました。いつも通り無料です。投げ銭 ⚡ {btc} / ETH {eth}",
            "Botの維持費は月{usd_small}ドルくらい。支援してくれる方は：{addr}（{coin}）ありがとう！",
        ],
        "friend_payment": [
            "{handle} ライブのチケット代まだだよ😂 いつものアドレスに{crypto_small} ETHか、PayPayでもいいよ",
            "週末のコテージ、1人{usd_mid}ドル相当で立て替えとくね。TronのUSDTでもOK：{trx}",
            "{handle} 返したよ、トランザクションは{tx}。届いてるか確認して。",
        ],
        "dev_address": [
            "Etherscanでコントラクトを検証済み：{contract_url}　ソース、ABI、監査レポートはリポジトリにあります。",
            "ドキュメント用メモ：BIP-21の支払いリンクはこんな形です → {btc_uri}",
            "テスト用の捨てアドレス {eth} です。公開フィクスチャに入っているので本物の資金は送らないでください。",
        ],
        "meme": [
            "ぼく「イーロンに1 BTC送った」\nイーロン「2 BTC返すね」\nナレーター「返ってこなかった」",
            "新戦略：あなたが0.1 ETH送る、私が0.2 ETH返す。2倍は保証されています。私にとって。",
            "「1 ETH送れば2 ETH返す」は暗号資産界のナイジェリアの王子。質問は受け付けません",
        ],
        "non_crypto": [
            "{city}の市場の近くで茶色の革の財布を落としました。免許証と犬の写真が入っています。見つけた方はDMください、お礼します！",
            "ダブルエスプレッソ、砂糖なし。顔がひどかったのか2杯目はサービスしてくれた。店員さんにだけおはよう。",
            "航空会社にスーツケースをなくされた。手荷物の申請はしたけど48時間かかるって。人間の担当者につながる方法知ってる人いる？",
            "水没したHDDから写真の98%を復旧できました（データ復旧サービス）。みなさんバックアップを。",
        ],
    },
    "scam": [
        ("giveaway", "コミュニティへの感謝を込めて{crypto_max} BTCを還元します。{btc}に{crypto_min}〜{crypto_max} BTCを送ると2倍にして返します。{minutes}分間限定！"),
        ("giveaway", "{celeb}ライブイベント開催中🔥 {addr}に送られた{coin}はすべて即座に2倍で返金されます。先着順です。"),
        ("giveaway", "今日は気前がいい日。{eth}に送ったETHは10分以内に2倍になって戻ってきます。1人最大{crypto_max} ETHまで。"),
        ("giveaway", "【{brand}公式周年記念】{usd_big} USDTを配布中。アドレス確認のため{crypto_min} ETHを送ると2倍で受け取れます。詳細：{scam_url}"),
        ("drainer", "初期サポーター向けエアドロップ開始🪂 ウォレットを接続して今すぐ受け取り：{scam_url}"),
        ("drainer", "{token}の受け取り資格をチェック。受付は{hours}時間のみ → {scam_url}"),
        ("drainer", "トークンをローンチしました。フォロワーの皆さんに最初に。無料、ガス代のみ：{scam_url}"),
        ("presale", "{token}のプレセールは今夜終了。{sol}にSOLを送るとトークンが自動で届きます。上場時10倍確定。"),
        ("presale", "プライベートラウンドあと2時間：最低{crypto_min} ETH、上場価格はエントリーの{mult}倍。コントラクト：{eth}"),
        ("wallet_drop", "リプにウォレットを貼ってくれた全員に{usd_small} USDTプレゼント👇 フォロー必須。1時間以内に送ります！"),
        ("wallet_drop", "SOLアドレス置いてって。今夜100人に{usd_mid}ドル分エアドロします。RTもよろしく。"),
        ("fee_followup", "おめでとうございます！当選しました。{usd_mid} USDTを受け取るには、先にネットワーク手数料{fee} ETHを{eth}へお支払いください。"),
        ("recovery", "大変でしたね。私は認定エージェントに頼んで資金を取り戻せました。{email}に連絡してみて、信頼できます。"),
        ("recovery", "諦めないで！暗号資産は追跡して取り戻せます。WhatsApp {phone}までご連絡を。先週も{usd_big}ドルを回収しました。"),
        ("support", "お問い合わせを受け付けました。こちらの安全なリンクからサポートにご連絡ください：{scam_url}"),
        ("support", "{brand}サポートです。凍結されたウォレットを解除するには{scam_url}で同期するか、{phone}にお電話ください。"),
        ("withdrawal_tax", "{usd_big} USDTの出金が保留中です。解除前に{int_pct}%の税金の支払いが必要です。{trx}に送金すると自動で反映されます。"),
    ],
}

TEXT["ko"] = {
    "order": "lf",
    "first": [("민준", "minjun"), ("서연", "seoyeon"), ("지호", "jiho"), ("하은", "haeun"), ("도윤", "doyun"),
              ("지민", "jimin"), ("현우", "hyunwoo"), ("수빈", "subin"), ("태양", "taeyang"), ("예린", "yerin")],
    "last": [("김", "kim"), ("이", "lee"), ("박", "park"), ("정", "jung"), ("한", "han"), ("오", "oh"), ("서", "seo"), ("윤", "yoon")],
    "cities": ["부산", "대전", "광주", "전주", "강릉", "제주", "수원"],
    "outlets": [("블록체인 데일리", "bc_daily_kr", "bcdaily.kr"), ("코인워치 뉴스", "coinwatch_kr", "coinwatch.kr"),
                ("한빛일보 디지털", "hanbit_digital", "hanbit-ilbo.kr")],
    "exchanges": [("누리거래소", "NuriExchange", "nuri-exchange.kr"), ("금고코인", "geumgocoin", "geumgocoin.kr")],
    "police": [("새솔경찰청 사이버수사대", "SaesolCyber", "saesol-police.kr")],
    "charities": [("사단법인 온기나눔", "ongi_nanum", "ongi.or.kr"), ("동네 무료급식소 한끼", "hankki_kr", "hankki.or.kr")],
    "projects": [("Kestrel Swap", "kestrel_kr", "kestrelswap.io"), ("Fernbrook", "fernbrook_kr", "fernbrook.xyz")],
    "celebs": [("강하람", "kang_haram"), ("윤솔비", "yoon_solbi")],
    "scammers": [("바이낸스 고객센터", "BinanceCSkr"), ("코인 피해복구 전문", "CoinBokgu")],
    "items": ["후드티", "머그컵", "사인 포스터"],
    "benign": {
        "news": [
            "{city}의 유명 방송인 계정이 화요일 해킹돼 약 1시간 동안 \"{quote}\"라는 글이 게시됐다. 온체인 데이터에 따르면 팔로워들이 약 {stolen}달러를 보낸 것으로 나타났다.",
            "{celeb}의 과거 영상을 쓴 가짜 라이브 방송이 \"보낸 BTC를 두 배로 돌려준다\"며 {btc} 주소를 띄웠다. 방송이 내려가기 전까지 {victims}건이 입금됐다.",
            "{city} 경찰은 {brand} 이벤트를 사칭한 사이트 {defang} 관련 신고를 {victims}건 접수했다.",
            "사기범들은 탈취한 인증 계정으로 가짜 토큰 프리세일을 공지했다. 피해 구단은 40분 뒤 계정을 되찾았다.",
        ],
        "warning": [
            "{org}은(는) 절대 먼저 DM을 보내지 않으며 시드 문구를 묻지 않습니다. \"보내면 두 배로 돌려준다\"는 100% 사기입니다.",
            "주의: 당사 이벤트를 흉내 낸 가짜 사이트({defang})가 확인됐습니다. 공식 이벤트는 {org_domain}에서만 안내합니다.",
            "사이버수사대 당부: 도난당한 코인을 찾아주겠다며 선수수료를 요구하는 '복구 업체'는 같은 사기의 2차 수법입니다.",
            "불만 글에 고객센터라며 답글을 달고 지갑 '동기화'를 요구하는 계정은 차단하세요. 진짜 고객센터는 그렇게 하지 않습니다.",
        ],
        "victim_ask": [
            "이거 진짜예요? 답글로 왔어요\n\n\"{paste}\"\n\n인증 배지는 있는데 너무 수상해요",
            "아버지가 \"일론 이벤트\"라면서 {usd_small}달러를 보내려고 하세요: {quote}… 어떻게 설득하죠?",
            "에어드랍에 당첨됐으니 링크에서 지갑만 연결하라는 DM이 왔어요. 안 눌렀어요. 사기 맞죠?",
            "어젯밤에 \"1 보내면 2 돌려줌\" 글에 {crypto_small} ETH를 보내버렸어요. 방법이 있을까요?",
        ],
        "hacked_notice": [
            "오늘 아침 저희 계정이 해킹당했습니다. 최근 몇 시간 동안 올라온 이벤트·토큰 관련 글은 무시해 주세요. 저희는 절대 코인을 요구하지 않습니다.",
            "해킹당했어요. 그 코인 글들 제가 쓴 거 아닙니다. 여기 올라온 주소로 절대 보내지 마세요.",
            "계정 복구 완료. 가짜 글 삭제했고 2단계 인증도 다시 켰습니다. 링크에서 서명하신 분은 지금 바로 권한을 해제하세요.",
        ],
        "donation": [
            "{charity}은(는) 겨울 나눔 캠페인에 암호화폐 기부도 받습니다. BTC: {btc} / ETH: {eth} 분기마다 사용 내역을 공개합니다.",
            "{city} 수해 가정 지원 모금이 목표의 {pct}%에 도달했습니다. 계좌이체 또는 {coin} 기부: {addr}",
            "기부해 주신 분들 감사합니다! 암호화폐 기부용 공개 주소: {eth} 영수증은 요청 시 발급합니다.",
        ],
        "exchange_promo": [
            "{org} 신규 이벤트: 이번 달 {usd_small}달러 이상 입금 시 30일간 거래 수수료 {int_pct}% 할인. 자세히: {official_url}",
            "{org} 트레이딩 대회 개최! 거래량 상위 100명에게 총 {usd_big} USDT. {day}일까지 신청: {official_url}",
            "친구 초대하고 친구 거래 수수료의 {int_pct}%를 받으세요. 조건: {official_url}",
            "ETH 자유 스테이킹 예상 연이율 {apy}%. 이율은 매일 바뀝니다. 위험 고지는 {official_url}에서 확인하세요.",
        ],
        "nft_airdrop": [
            "에어드랍 시즌 2 시작. {token} 수령은 {proj_url}에서만 가능합니다. DM으로 링크를 보내지 않습니다.",
            "{project} 화이트리스트 추첨! 공개 지갑 주소를 댓글로 남기고(시드 문구는 절대 금지) 친구를 태그하세요. 발표는 {day}일.",
            "금요일 17시(UTC) 민팅 오픈: {count}개, 개당 0.03 ETH. 공식 컨트랙트는 이것뿐: {contract}",
        ],
        "creator_giveaway": [
            "구독자 5만 감사합니다! {item} {winners}분께 드려요. 좋아요+RT로 응모 끝. 구매 필요 없고 코인도 필요 없어요.",
            "[이벤트] RT해 주신 분 중 1명께 {usd_small}달러 기프트카드! 내일 마감.",
            "작은 감사 표시: 좋은 책 추천해 주신 세 분께 {crypto_small} SOL씩 보내드려요. 제 지갑에서, 조건 없음.",
        ],
        "price_talk": [
            "{ticker} 박스권 상단 돌파. 1차 목표 +{pct}%, 주봉 지지되면 여기서 2배 봅니다. 투자 권유 아님.",
            "ETH {lev}배 롱 {price_eth}달러에 청산. 이번 매매로 시드 두 배 됐는데 심장 떨려서 다시는 안 함.",
            "BTC {price_btc}달러인데 아직도 늦었다는 사람들, {year}년에도 똑같이 말했죠.",
            "시그널: {ticker} 롱, 손절은 직전 저점 아래, 익절 1.5R·2R. 리스크 최대 1%.",
        ],
        "tip_jar": [
            "스레드가 도움 됐다면 후원은 언제나 환영(의무 아님): BTC {btc}",
            "새 가이드 공개, 늘 그렇듯 무료입니다. 후원함 ⚡ {btc} / ETH {eth}",
            "봇 유지비가 월 {usd_small}달러 정도 들어요. 도와주실 분: {addr} ({coin}) 감사합니다!",
        ],
        "friend_payment": [
            "{handle} 콘서트 티켓값 아직이다 😂 늘 쓰던 주소로 {crypto_small} ETH 보내든지 토스로 보내",
            "주말 펜션 1인당 {usd_mid}달러, 내가 먼저 낼게. 트론 USDT도 돼: {trx}",
            "{handle} 갚았어, 트랜잭션 {tx} 들어왔는지 확인해 줘.",
        ],
        "dev_address": [
            "Etherscan에서 컨트랙트 검증 완료: {contract_url} 소스, ABI, 감사 보고서는 저장소에 있습니다.",
            "문서 팁: BIP-21 결제 링크는 이렇게 생겼어요 → {btc_uri}",
            "테스트용 임시 주소 {eth} 입니다. 공개 픽스처에 들어 있으니 실제 자금은 보내지 마세요.",
        ],
        "meme": [
            "나: 일론한테 1 BTC 보냄\n일론: 2 BTC 돌려줄게\n내레이션: 돌려주지 않았다",
            "새 전략: 네가 0.1 ETH 보내면 내가 0.2 ETH 돌려줌. 두 배는 보장됨. 나한테.",
            "\"1 ETH 보내면 2 ETH\"는 코인판 나이지리아 왕자임. 질문 안 받음",
        ],
        "non_crypto": [
            "{city} 시장 근처에서 갈색 가죽 지갑 잃어버렸어요. 신분증이랑 강아지 사진 들어 있어요. 찾으시면 DM 주세요, 사례할게요!",
            "더블 에스프레소, 설탕 없이. 얼굴이 말이 아니었는지 한 잔 더 서비스로 주셨다. 사장님께만 좋은 아침.",
            "항공사가 캐리어를 분실했어요. 수하물 클레임 넣었는데 48시간 걸린대요. 상담원이랑 통화하는 법 아시는 분?",
            "침수된 하드디스크에서 사진 98% 복구했습니다(데이터 복구 서비스). 다들 백업하세요.",
        ],
    },
    "scam": [
        ("giveaway", "커뮤니티에 감사하는 마음으로 {crypto_max} BTC를 돌려드립니다. {btc}로 {crypto_min}~{crypto_max} BTC를 보내면 두 배로 돌려드려요. {minutes}분 한정!"),
        ("giveaway", "{celeb} 라이브 이벤트 🔥 {addr}로 보낸 {coin}은 즉시 2배로 반환됩니다. 선착순 마감."),
        ("giveaway", "오늘 기분 좋아서 {eth}로 보내주는 ETH는 10분 안에 두 배로 돌려드립니다. 1인 최대 {crypto_max} ETH."),
        ("giveaway", "[{brand} 공식 기념 이벤트] {usd_big} USDT 지급 중. 주소 인증용으로 {crypto_min} ETH 보내면 2배 수령. 자세히: {scam_url}"),
        ("drainer", "초기 서포터 에어드랍 오픈 🪂 지갑 연결하고 지금 바로 받으세요: {scam_url}"),
        ("drainer", "{token} 수령 자격 확인하세요. {hours}시간만 열립니다 → {scam_url}"),
        ("drainer", "토큰 방금 런칭했어요. 팔로워분들 먼저 드립니다. 무료, 가스비만: {scam_url}"),
        ("presale", "{token} 프리세일 오늘 밤 마감. {sol}로 SOL 보내면 토큰 자동 지급. 상장 시 10배 확정."),
        ("presale", "프라이빗 라운드 2시간 남음: 최소 {crypto_min} ETH, 상장가는 진입가의 {mult}배. 컨트랙트: {eth}"),
        ("wallet_drop", "댓글에 지갑 주소 남기신 모든 분께 {usd_small} USDT 드립니다 👇 팔로우 필수. 1시간 내 전송!"),
        ("wallet_drop", "SOL 주소 남겨주세요. 오늘 밤 100명에게 {usd_mid}달러 에어드랍합니다. RT 부탁."),
        ("fee_followup", "축하합니다! 당첨되셨습니다. {usd_mid} USDT 수령을 위해 먼저 네트워크 수수료 {fee} ETH를 {eth}로 보내주세요."),
        ("recovery", "힘드셨겠어요. 저는 공인 에이전트 도움으로 자금을 되찾았어요. {email}로 연락해 보세요, 믿을 만해요."),
        ("recovery", "포기하지 마세요! 코인은 추적해서 회수할 수 있습니다. 왓츠앱 {phone}으로 연락 주세요. 지난주에도 {usd_big}달러 회수했습니다."),
        ("support", "안녕하세요, 문의 접수되었습니다. 이 보안 링크로 고객센터에 연결해 해결하세요: {scam_url}"),
        ("support", "{brand} 고객지원입니다. 동결된 지갑을 풀려면 {scam_url}에서 동기화하거나 {phone}로 전화 주세요."),
        ("withdrawal_tax", "{usd_big} USDT 출금이 보류 중입니다. 해제 전 {int_pct}% 세금 납부가 필요합니다. {trx}로 보내시면 자동으로 풀립니다."),
    ],
}

TEXT["zh"] = {
    "order": "lf",
    "first": [("子涵", "zihan"), ("浩然", "haoran"), ("雨桐", "yutong"), ("志强", "zhiqiang"), ("欣怡", "xinyi"),
              ("俊杰", "junjie"), ("佳琪", "jiaqi"), ("宇航", "yuhang"), ("晓雯", "xiaowen"), ("明轩", "mingxuan")],
    "last": [("陈", "chen"), ("林", "lin"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("郑", "zheng"), ("许", "xu"), ("何", "he")],
    "cities": ["台中", "新竹", "杭州", "成都", "高雄", "厦门", "吉隆坡"],
    "outlets": [("链上日报", "lianshangribao", "lianshang-daily.com"), ("币圈观察", "biquan_watch", "biquanwatch.com"),
                ("南港新闻数位版", "nangang_news", "nangangnews.com")],
    "exchanges": [("青桥交易所", "QingqiaoEx", "qingqiao.exchange"), ("金库币", "jinkucoin", "jinkucoin.com")],
    "police": [("云溪市警察局 网络犯罪侦查科", "YunxiCyber", "yunxi-police.gov")],
    "charities": [("暖冬公益基金会", "nuandong_gy", "nuandong.org"), ("街坊食物银行", "jiefang_food", "jiefangfood.org")],
    "projects": [("Quillnet", "quillnet_zh", "quillnet.network"), ("Tidewell", "tidewell_zh", "tidewell.fi")],
    "celebs": [("程以安", "cheng_yian"), ("苏晴", "su_qing")],
    "scammers": [("币安客服中心", "BinanceKefu"), ("数字资产追回专家", "ZhuihuiZhuanjia")],
    "items": ["卫衣", "马克杯", "签名海报"],
    "benign": {
        "news": [
            "{city}一位知名电台主持人的账号周二被盗，约一小时内挂着\"{quote}\"。链上数据显示，粉丝共转入约{stolen}美元。",
            "一场盗用{celeb}旧影片的假直播声称\"所有转入的BTC双倍返还\"，并展示地址{btc}。直播下架前该地址共收到{victims}笔转账。",
            "{city}警方已接获{victims}宗与网站{defang}有关的报案，该网站冒充{brand}的赠送活动。",
            "诈骗者利用被盗的认证账号宣布虚假代币预售，受影响的球队在40分钟后夺回账号。",
        ],
        "warning": [
            "{org}绝不会主动私信您，也绝不会索取助记词。\"转多少返双倍\"百分之百是诈骗。",
            "提醒：有假冒网站（{defang}）仿冒我们的活动。官方活动只在{org_domain}公布。",
            "网络犯罪侦查科提醒：声称能追回被盗加密资产却要求先付手续费的\"追回专家\"，是同一骗局的第二步。",
            "如果有人以客服名义回复您的投诉并要求\"同步\"钱包，请直接拉黑。真正的客服不会这样做。",
        ],
        "victim_ask": [
            "这是真的吗？回复里收到的：\n\n「{paste}」\n\n有认证标志但总觉得不对劲",
            "我爸说\"这是马斯克的活动\"要转{usd_small}美元过去：{quote}……怎么跟他解释这是假的？",
            "有人私信说我中了空投，只要通过链接连接钱包就能领。我没点。是诈骗吧？",
            "昨晚手滑往一个\"转1返2\"的帖子转了{crypto_small} ETH，还有救吗？",
        ],
        "hacked_notice": [
            "本账号今早遭到盗用。过去几小时内关于抽奖或代币的贴文请一律忽略。我们从不索取加密货币。",
            "我被盗号了。那些币圈贴文不是我发的。千万不要往这里贴出的任何地址转账。",
            "账号已找回，假贴文已删除，两步验证重新开启。在那个链接签过名的朋友请立刻撤销授权。",
        ],
        "donation": [
            "{charity}冬季募捐现已接受加密货币捐款。BTC：{btc}　ETH：{eth}　每季度公开款项用途。",
            "{city}水灾受灾家庭援助已达目标的{pct}%。可以银行转账或用{coin}捐款：{addr}",
            "感谢各位捐款！加密货币捐款公开地址：{eth}　如需收据请联系我们。",
        ],
        "exchange_promo": [
            "{org}新活动：本月充值{usd_small}美元以上，30天内交易手续费打{int_pct}%折扣。详情：{official_url}",
            "{org}交易大赛回归！按交易量前100名瓜分{usd_big} USDT奖池。{day}日前报名：{official_url}",
            "邀请好友，获得好友交易手续费的{int_pct}%返佣。规则：{official_url}",
            "ETH活期质押预估年化{apy}%。利率每日变动，风险说明请见{official_url}",
        ],
        "nft_airdrop": [
            "空投第二季开始。{token}只能在{proj_url}领取。我们不会私信发送任何链接。",
            "{project}白名单抽签！在评论区留下公开钱包地址（千万别发助记词）并标记一位好友。{day}日公布结果。",
            "周五17:00（UTC）开放铸造：共{count}个，每个0.03 ETH。唯一官方合约：{contract}",
        ],
        "creator_giveaway": [
            "订阅破5万！送出{winners}份{item}。点赞+转推即可参加，不用买东西，也不用币。",
            "【抽奖】转推本帖抽1位送{usd_small}美元礼品卡，明天截止！",
            "小小谢礼：推荐好书给我的三位朋友，每人送{crypto_small} SOL。从我自己的钱包出，没有任何条件。",
        ],
        "price_talk": [
            "{ticker}突破箱体。第一目标+{pct}%，周线站稳的话这里看翻倍。非投资建议。",
            "ETH {lev}倍多单在{price_eth}美元平仓。这一单本金翻倍了，但心脏受不了，不会再玩了。",
            "BTC都{price_btc}美元了还有人说太晚，{year}年也是这些人。",
            "信号：{ticker} 做多，止损放在前低下方，止盈1.5R和2R。单笔风险最多1%。",
        ],
        "tip_jar": [
            "如果我的长文对你有帮助，欢迎打赏（绝不强求）：BTC {btc}",
            "新教程上线，照样免费。打赏 ⚡ {btc} / ETH {eth}",
            "机器人每月成本约{usd_small}美元，想支持的朋友：{addr}（{coin}）谢谢！",
        ],
        "friend_payment": [
            "{handle} 演唱会门票钱还没给我 😂 转{crypto_small} ETH到老地址，或者直接微信转我",
            "周末民宿每人{usd_mid}美元，我先垫上。波场USDT也行：{trx}",
            "{handle} 钱还你了，交易哈希{tx}，看看到账没。",
        ],
        "dev_address": [
            "合约已在Etherscan验证：{contract_url}　源码、ABI和审计报告都在仓库里。",
            "文档小提示：BIP-21付款链接长这样 → {btc_uri}",
            "测试用的一次性地址{eth}，它在公开的测试数据里，请不要转真钱。",
        ],
        "meme": [
            "我：给马斯克转了1个BTC\n马斯克：返你2个\n旁白：他没有返2个",
            "新策略：你转我0.1 ETH，我返你0.2 ETH。翻倍是保证的——对我来说。",
            "\"转1个ETH返2个\"就是币圈版尼日利亚王子，不接受提问",
        ],
        "non_crypto": [
            "在{city}菜市场附近丢了一个棕色皮夹，里面有身份证和我家狗的照片。捡到请私信，必有酬谢！",
            "双份浓缩，不加糖。店员看我脸色太差又免费送了一杯。早安只送给她。",
            "航空公司把我的行李箱弄丢了。行李申报已经提交，说要48小时。有人知道怎么找到真人客服吗？",
            "我们的数据恢复服务从进水的硬盘里救回了98%的照片。大家记得备份。",
        ],
    },
    "scam": [
        ("giveaway", "为感谢社区，我将回馈{crypto_max} BTC。向{btc}转入{crypto_min}至{crypto_max} BTC，立即双倍返还。仅限{minutes}分钟！"),
        ("giveaway", "{celeb}直播活动进行中🔥 所有转入{addr}的{coin}立即2倍返还。名额有限。"),
        ("giveaway", "今天心情好：转到{eth}的ETH，10分钟内双倍退回。每人最多{crypto_max} ETH。"),
        ("giveaway", "【{brand}官方周年庆】派发{usd_big} USDT。转入{crypto_min} ETH验证地址即可领取双倍。详情：{scam_url}"),
        ("drainer", "早期支持者空投已开放🪂 连接钱包立即领取：{scam_url}"),
        ("drainer", "查询你的{token}领取资格，仅开放{hours}小时 → {scam_url}"),
        ("drainer", "代币刚上线，想让粉丝先拿到。免费领取，只需Gas：{scam_url}"),
        ("presale", "{token}预售今晚结束。向{sol}转SOL，代币自动到账。上所保证10倍。"),
        ("presale", "私募轮仅剩2小时：最低{crypto_min} ETH，上线价为入场价的{mult}倍。合约：{eth}"),
        ("wallet_drop", "评论区留下钱包地址的每个人送{usd_small} USDT 👇 必须关注。一小时内发放！"),
        ("wallet_drop", "留下你的SOL地址，今晚给100人空投{usd_mid}美元。记得转推。"),
        ("fee_followup", "恭喜！您已中奖。领取{usd_mid} USDT前，请先向{eth}支付{fee} ETH网络手续费。"),
        ("recovery", "很遗憾你遇到这种事。我是找认证代理追回资金的，联系{email}，很靠谱。"),
        ("recovery", "别放弃！加密货币可以追踪和追回。WhatsApp联系我们{phone}，上周刚为客户追回{usd_big}美元。"),
        ("support", "您好，已收到您的投诉。请通过此安全链接联系客服处理：{scam_url}"),
        ("support", "这里是{brand}客服。要解冻钱包，请在{scam_url}同步，或致电{phone}。"),
        ("withdrawal_tax", "您{usd_big} USDT的提现正在审核。放款前需缴纳{int_pct}%税费，转至{trx}后自动解冻。"),
    ],
}
