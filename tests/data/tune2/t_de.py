"""Deutsche Vorlagen, direkt auf Deutsch geschrieben."""

T = {
    "a": [
        "Bitte NICHTS an {addr} schicken – das ist wieder das gefälschte {celeb}-Gewinnspiel. Versprochen wird das Doppelte zurück, kommen tut nichts.",
        "Wenn ein Post sagt „schick {amt} {coin}, du bekommst {amt2} {coin} zurück“, ist das Betrug. Immer. Ohne Ausnahme.",
        "Die Seite {scamdomain} hat nichts mit {brand} zu tun. Das ist ein gefälschter Livestream, der eure {coin} einbehält.",
        "Mein Onkel hätte fast {amt} {coin} an {addr_short} überwiesen, weil ein „Live-Event“ ihm das Doppelte versprochen hat. Redet mit euren Eltern darüber.",
        "Kein seriöser Anbieter verlangt, dass ihr eure Wallet auf irgendeiner Seite „validiert“ oder „synchronisiert“. Genau so werden Wallets leergeräumt.",
        "Die Accounts, die unter jeder Warnung „wendet euch an diesen Experten, er hat alles zurückgeholt“ antworten, gehören zum selben Betrug.",
    ],
    "a_quote": [
        "Betrug. Niemand verdoppelt eure {coin}. Account melden.",
        "Gehackter Account, gefälschtes Gewinnspiel. Nicht klicken, nichts senden.",
        "„Schick {amt}, bekomm {amt2}“ ist der älteste Trick überhaupt.",
    ],
    "b": [
        "Account von {victim} (@{victim_handle}) gekapert: Die Angreifer posteten „sende {amt} {coin}, erhalte {amt2} zurück“. Die Adresse {addr} erhielt {total} {coin} in {n} Transaktionen, bevor der Beitrag gelöscht wurde.",
        "EILMELDUNG: Über den Account von {victim} wurde ein gefälschtes {coin}-Angebot verbreitet, das {mins} Minuten lang eine Verdopplung versprach. Das Team bestätigt einen Hack.",
        "Laut Blockchain-Daten haben rund {n} Betroffene {coin} an {addr_short} geschickt – die Adresse aus dem gehackten Account von {victim}.",
    ],
    "c": [
        "Neue Welle von Fake-Giveaway-Domains (entschärft): {defanged} / {defanged2}. Gleiches Livestream-Kit, gleiche Wörter: „x2“, „Event“, „nur für kurze Zeit“.",
        "Wir haben diesen Monat {n} betrügerische Krypto-Gewinnspielseiten ausgewertet: {pct} nutzten „x2“ oder „Event“ im Titel, {pct2} gaben sich als {celeb} aus.",
        "Thread 🧵 zu Drainern: Die Seite verlangt „Wallet verbinden“, um einen Airdrop abzuholen, und fordert dann eine unbegrenzte Token-Freigabe. Beispiele: {defanged}, {defanged2}.",
    ],
    "d": [
        "Ist das echt? {scamlink} behauptet, {celeb} verschenkt {coin} und schickt das Doppelte zurück. Sieht offiziell aus, aber keine Ahnung",
        "Hab eine Mail bekommen, ich müsse meine Wallet „validieren“, sonst wird sie gesperrt: {scamlink}. Phishing?",
        "Ich habe {amt} {coin} an die Adresse eines „Live-Events“ geschickt und nichts kam zurück. Bin ich reingefallen? Was kann ich tun?",
        "Jemand schreibt mir per DM, ich hätte {usd} USDT gewonnen, müsse aber vorher eine Gebühr zahlen. Das ist Betrug, oder?",
    ],
    "e": [
        "Unser Account wurde heute früh gehackt. Bitte ignoriert den Beitrag zum Krypto-Gewinnspiel – der kam NICHT von uns. Wir haben wieder Zugriff.",
        "An alle, die das {coin}-„Gewinnspiel“ gesehen haben: Ich wurde gehackt. Schickt nichts. Account ist zurück, 2FA ist an.",
        "Wir entschuldigen uns. Ein Unbefugter hat Beiträge veröffentlicht, in denen {coin} gegen das Doppelte verlangt wurde. Wir würden euch nie um Geld bitten.",
    ],
    "e_other": [
        "Unser Discord war kurzzeitig kompromittiert. Ignoriert alle Links zu einem „Überraschungs-Mint“ – es gibt keinen Mint.",
    ],
    "f": [
        "Trading-Wettbewerb gestartet! Preispool von {usd} USDT in Trading-Gutscheinen. Anmeldung bis Freitag. Teilnahmebedingungen: {link}",
        "Doppelte-Punkte-Woche: Jeder Spot-Trade bringt bis Sonntag doppelte Treuepunkte. {link}",
        "Flexibles Staking für {coin} mit bis zu {apy} p. a. Der Zinssatz ist variabel. Mehr dazu: {link}",
    ],
    "g": [
        "{org} nimmt ab sofort Krypto-Spenden für {cause} an. {coin}: {addr}. Jede Spende erscheint in unserem Quartalsbericht. Danke!",
        "Bisher {n} Spenden für {cause}. Wer in {coin} helfen möchte: {addr}",
    ],
    "h": [
        "GEWINNSPIEL 🎉 Gewinnt {prize}! So macht ihr mit: folgen, liken, retweeten. Auslosung am {day}. Wir verlangen niemals eine Zahlung.",
        "{n} Follower! Zur Feier verlosen wir {prize}. RT + Freund markieren. Kein Kauf, keine Wallet-Verbindung nötig.",
    ],
    "i": [
        "{coin} hat sich seit dem Halving verdoppelt und manche nennen es immer noch tot",
        "{coin} könnte sich von hier aus verdoppeln, wenn die ETF-Zuflüsse anhalten. Oder {pct} fallen. So ist das halt.",
        "Heute {amt} {coin} auf meine Cold Wallet geschoben, die Gebühren waren doppelt so hoch wie letzte Woche.",
    ],
    "j": [
        "Hab meinem Bruder {usd} € für die Konzertkarten geschickt, er hat mir {usd2} € zurücküberwiesen, weil er auch das Essen bezahlt hat 😂",
        "{usd} € an meine Mitbewohnerin für die Stromrechnung. Echtzeitüberweisung, zwei Sekunden.",
    ],
    "k": [
        "Das tut uns leid. Schick uns bitte deine Ticketnummer per DM, wir schauen uns das an. Wir fragen niemals nach deiner Seed-Phrase oder deinem Passwort.",
        "Hallo, bitte nutze nur den Chat in der App. Wer dir in den Antworten anbietet, Geld „zurückzuholen“, gehört nicht zu unserem Team.",
    ],
    "ord_person": [
        "Kaffee, Regen und eine endlose To-do-Liste. Typischer {day}.",
        "Endlich das Buch fertig gelesen, das mir alle empfohlen haben. Hat sich gelohnt.",
        "Heute zum ersten Mal {food} selbst gemacht. 7 von 10, mach ich wieder.",
        "Der Verkehr in {city} heute – unfassbar.",
        "Meine Katze weckt mich um 5 Uhr. Grundlos. Wie immer.",
        "Was für ein Spielende gestern 😮",
        "Plan fürs Wochenende: nichts. Gar nichts.",
    ],
    "ord_org": [
        "Am {day} bleiben wir wegen einer Teamschulung geschlossen.",
        "Danke für {n} Bewertungen! Wir lesen jede einzelne.",
        "Neue Folge ist online, Link in der Bio.",
        "Nur noch wenige Tickets für {city}.",
        "Wir stellen ein! Werde Teil unseres Teams in {city}.",
    ],
    "s_double": [
        "Ich möchte der Community etwas zurückgeben. Alle {coin}, die an die Adresse unten gesendet werden, schicke ich doppelt zurück! Sendest du {amt} {coin}, bekommst du {amt2} {coin}. Nur {mins} Minuten lang.\n\n{addr}",
        "Sonderaktion! Sende zwischen {amt_min} und {amt} {coin} an {addr} und erhalte sofort das Doppelte. Begrenzte Plätze.",
        "In der nächsten Stunde schicke ich jede an diese Adresse gesendete {coin}-Zahlung doppelt zurück. Mindestens {amt_min} {coin}.\n{addr}",
    ],
    "s_live": [
        "🔴 JETZT LIVE: {coin}-Event mit {celeb}. {usd2} {coin} werden verschenkt. Hier mitmachen: {scamlink}",
        "{brand} verschenkt während des Livestreams {coin}! Jetzt rein, bevor es vorbei ist 👉 {scamlink}",
    ],
    "s_mint": [
        "Überraschungs-Mint, kostenlos! Nur für die ersten {n} Wallets. Wallet verbinden und abholen: {scamlink}",
        "Der {project}-Airdrop ist jetzt verfügbar! Berechtigung prüfen und Wallet hier verbinden 👉 {scamlink}",
    ],
    "s_kyc": [
        "Deine Wallet wurde zur Überprüfung markiert. Um eine Sperrung zu vermeiden, validiere sie innerhalb von 24 Stunden: {scamlink}",
        "Sehr geehrter Kunde, Ihr Konto ist wegen unvollständiger KYC eingeschränkt. Schließen Sie die Verifizierung ab, um Auszahlungen freizuschalten: {scamlink}",
    ],
    "s_recovery": [
        "Tut mir leid für dich. Ich wurde auch betrogen und {contact} hat mir geholfen, alles in 48 Stunden zurückzubekommen. Meld dich bei ihnen.",
        "Du kannst deine {coin} noch zurückbekommen. Kontaktiere {contact}, zertifizierte Experten für Krypto-Rückholung.",
    ],
    "s_drop": [
        "Ich verschicke in den nächsten 24 Stunden {amt} {coin} an {n} zufällige Leute 🎁 Lasst eure Wallet-Adresse unten da 👇",
        "Schreibt eure {coin}-Adresse in die Kommentare, die ersten {n} bekommen {amt} {coin}. Danach {amt_min} zur Bestätigung senden 🙏",
    ],
    "s_fee": [
        "Herzlichen Glückwunsch! Deine Wallet wurde für {usd} USDT ausgewählt. Zur Auszahlung zahle die Bearbeitungssteuer von {fee} USDT an {addr}.",
        "Ihre Auszahlung von {usd} USDT ist bereit. Vorher ist eine einmalige Steuer von {fee} USDT fällig. Kontakt: {contact}",
    ],
    "s_testi": [
        "Gerade {amt2} {coin} vom {celeb}-Event bekommen!! Hatte {amt} geschickt. Es ist echt: {scamlink}",
        "Dank {contact} habe ich in einer Woche {usd} € verdient. Schreibt ihr jetzt!",
    ],
    "s_addr": ["{addr}", "{coin}: {addr}", "{addr}\nx2 🔥 schnell!"],
    "s_uri": ["Scannen oder tippen zum Mitmachen 👉 {uri}", "Hierhin senden und das Doppelte erhalten: {uri}"],
}

LISTS = {
    "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "city": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Wien", "Zürich"],
    "food": ["Sauerteigbrot", "Spätzle", "Apfelstrudel", "Käsekuchen", "Maultaschen"],
    "prize": ["ein signiertes Trikot", "eine Hardware-Wallet", "zwei Konzerttickets", "eins von 5 NFTs der Kollektion",
              "einen 50-€-Gutschein"],
    "cause": ["die Hochwasserhilfe", "das Kinderhospiz", "das Tierheim", "die Tafel im Viertel"],
    "org": ["Hochwasserhilfe Ahr e. V.", "Tierheim Nordstadt", "Tafel Mitte e. V."],
    "exchange": ["Bitpanda", "Bison", "Kraken", "Coinbase"],
}

ACCOUNTS = {
    "news": [("kryptorundschau", "Krypto-Rundschau"), ("it_sicherheit_news", "IT-Sicherheit News")],
    "research": [("phishing_radar_de", "Phishing-Radar"), ("jonas_forensik", "Jonas | Blockchain-Forensik")],
    "exchange": [("bitpanda_aktionen", "Bitpanda Aktionen")],
    "support": [("BitpandaHilfe", "Bitpanda Hilfe")],
    "charity": [("hochwasserhilfe_ev", "Hochwasserhilfe Ahr e. V.")],
    "project": [("pixelwerkstatt", "Pixelwerkstatt")],
    "user": [("lena_schmidt_", "Lena Schmidt"), ("timo_hodlt", "Timo"), ("katzenmama_anja", "Anja"),
             ("felix_sparplan", "Felix")],
}

FAMOUS = [
    ("MaxWendlerMusik", "Max Wendler", "person", False),
    ("SVNordhafen", "SV Nordhafen 1908", "org", False),
    ("dr_kerstin_brandt", "Dr. Kerstin Brandt", "person", False),
]

SCAMMERS = [
    ("bitcoin_gewinnspiel_de", "Bitcoin Gewinnspiel"), ("ledger_support_de", "Ledger Support"),
    ("krypto_rueckholung", "Krypto-Rückholung"), ("elon_live_de", "Elon Musk"),
    ("usdt_geschenke", "USDT Geschenke 🎁"), ("sabrina_trading_", "Sabrina ✨"),
]
