# German texts for blind2 (hand-written)
DEC, THOU = ",", "."
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Lena", "lena"), ("Jonas", "jonas"), ("Katrin", "katrin"), ("Felix", "felix"), ("Miriam", "miriam"),
         ("Tobias", "tobi"), ("Sophie", "sophie"), ("Lukas", "lukas"), ("Anja", "anja"), ("Matthias", "matze")]
LAST = [("Becker", "becker"), ("Schröder", "schroeder"), ("Hoffmann", "hoffmann"), ("Wagner", "wagner"),
        ("Krüger", "krueger"), ("Yilmaz", "yilmaz"), ("Brandl", "brandl"), ("Vogel", "vogel")]
ORGS = [("Krypto Kompass", "kryptokompass"), ("Verbraucherwarnung Digital", "vzwarnung"),
        ("Blockzeit Magazin", "blockzeit")]
CITIES = ["Berlin", "München", "Wien", "Zürich", "Hamburg", "Köln"]
HIST = [[
    "Sonntag, Regen, Linseneintopf auf dem Herd. Mehr brauche ich nicht.",
    "Was für ein Spiel! Bis zur letzten Minute gezittert, aber die drei Punkte bleiben hier.",
    "Neuer Blogartikel: meine fünf Lieblingswanderungen im Allgäu.",
    "Habt ihr Serientipps fürs Wochenende? Ich hab alles durch.",
    "Danke an alle, die zur Lesung gekommen sind. Ein wunderschöner Abend.",
    "Am Montag bleibt der Laden wegen Inventur geschlossen. Dienstag geht's normal weiter.",
    "Sonnenuntergang an der Elbe. Ohne Filter, versprochen.",
    "Morgen um 8 Uhr bin ich im Radio und spreche über Verkehrswende.",
    "Generalprobe geschafft. Freitag ist Premiere, es gibt noch ein paar Karten!",
    "Die Katze hat die Tastatur als Bett entdeckt. Homeoffice ist jetzt Sofaoffice.",
    "Mannschaftsfoto nach dem Training. Die Jungs geben wirklich alles.",
    "Der Podcast kommt im Januar mit einer neuen Staffel zurück.",
    "Schnelles Rezept: Kaiserschmarrn aus der Pfanne. Rosinen optional, Diskussion zwecklos.",
    "Heute vor zehn Jahren war unser erstes Konzert. Danke für alles.",
]]

SCAM = {
    "doubling": [
        "Ich möchte der Community etwas zurückgeben 🙏 Jeder {coin}, der an die Adresse unten geht, kommt doppelt zurück. Nur die nächsten {mins} Minuten!\n{addr}",
        "Ihr schickt {min} {coin}, ihr bekommt das Doppelte. Maximal {max} {coin}. Endet in {mins} Min 👉 {addr}",
        "Kein Witz: Für jeden {coin} an {addr} zahle ich x2 zurück. Heute schon Dutzende ausgezahlt.",
        "Zum Jubiläum von {company} gibt's euren Betrag plus 100 % zurück. Mindestens {min} {coin}. Adresse: {addr}",
        "Dreifach-Aktion! Sende {coin} an {addr} und erhalte innerhalb von 20 Minuten das Dreifache zurück.",
    ],
    "tiers": [
        "🔥 {coin} VERDOPPLUNGS-EVENT 🔥\n{tiers}\nOffizielle Adresse: {addr}\nNoch {mins} Minuten",
        "So läuft's:\n{tiers}\nAn {addr} senden, die Auszahlung erfolgt automatisch.",
        "Auszahlungstabelle der Aktion von {name}:\n{tiers}\n{addr}",
    ],
    "paid_list": [
        "Bereits ausgezahlt ✅ Danke an alle!\n{paid}\nNoch {mins} Minuten offen: {addr}",
        "Für alle Zweifler, hier die Belege 👇\n{paid}\nNächste Runde: {addr} (mind. {min} {coin})",
        "Bestätigungen der letzten Stunde:\n{paid}\nDu bist dran → {addr}",
    ],
    "link_event": [
        "🔴 JETZT LIVE: {name} verschenkt im Stream mit {company} {coin}. Hier teilnehmen: {link}",
        "Das offizielle {company}-Event ist gestartet: Alle Teilnehmer bekommen das Doppelte zurück. {link}",
        "Scannt den QR-Code im Stream oder geht direkt auf {link}, um beim Giveaway von {name} und {brand} mitzumachen.",
        "Stream verpasst? Die Aktionsseite ist noch {mins} Minuten online: {link}",
    ],
    "drainer": [
        "🪂 Der {project}-Airdrop ist live! Hol dir deine {token} hier: {link}. Nicht abgeholte Token werden in {hours} Std. verbrannt.",
        "Du hast noch nicht abgeholte {token}-Rewards. Verbinde dein Wallet und prüfe es vor dem Stichtag: {link}",
        "Kostenloser {project}-Mint für die ersten {n} Wallets. Nur Gasgebühren: {link}",
        "Letzte Stunden für den rückwirkenden {project}-Airdrop. Wallet verifizieren und abholen: {link}",
    ],
    "validate": [
        "⚠️ Hinweis an alle {brand}-Nutzer: Wallets, die bis Freitag nicht validiert sind, werden gesperrt. Jetzt validieren: {link}",
        "Wegen eines Netzwerk-Upgrades müssen alle {brand}-Wallets synchronisiert werden. Geh auf {link} und gib deine 12 Wiederherstellungswörter ein.",
        "Dein {brand}-Wallet muss auf den neuen Vertrag migriert werden. Kostenlos, dauert zwei Minuten: {link}",
        "Wir haben ungewöhnliche Aktivitäten festgestellt. Bestätige innerhalb von {hours} Stunden unter {link}, dass du der Inhaber bist.",
    ],
    "drop_address": [
        "🎁 Ich verlose {n} {coin} unter meinen Followern! Liken, retweeten und Wallet-Adresse unten posten 👇 Gewinner zahlen eine kleine Aktivierungsgebühr von {fee} an {feeaddr}",
        "Schreib deine Adresse in die Antworten und ich schick dir {coin}. Vorher brauche ich nur {fee} für Gas, bitte hierhin: {feeaddr}",
        "Kommentiert eure Wallet 👇 Die ersten {n} bekommen je 500 €. Zum Freischalten fällt eine Verifizierungsgebühr von {fee} an.",
        "Wer will gratis {coin}? Antwortet mit eurer Adresse. Aktivierung kostet {fee}.",
    ],
    "recovery": [
        "Tut mir echt leid. Ich hab meine gestohlenen {coin} mit Hilfe von {handle} zurückbekommen, seriös und schnell.",
        "Meinem Bruder ist dasselbe passiert. Schreib {tg}, die haben alles zurückverfolgt und in 48 Stunden wiedergeholt.",
        "Gib nicht auf! Es gibt Experten, die die Blockchain nachverfolgen. Ich hab {handle} über WhatsApp kontaktiert: {wa}",
        "Das lässt sich zurückholen. Ruf diesen Spezialisten an oder schreib ihm: {phone}. Hat mir geholfen, als ich 2 {coin} verloren hab.",
    ],
    "support": [
        "Hallo, entschuldige die Unannehmlichkeiten. Bitte kontaktiere unser Support-Team über {handle}, damit wir dein Anliegen lösen können.",
        "Das tut uns leid. Bitte fülle dieses Formular aus, damit sich ein Mitarbeiter meldet: {link}",
        "Hi, das lässt sich schnell beheben. Geh auf unser Hilfe-Center {link} und gib dem Mitarbeiter deine Wallet-Daten.",
        "Dein Fall wurde weitergeleitet. Schick {handle} eine DM mit deiner Adresse und dem Problem.",
    ],
    "mentor": [
        "Verlierst du beim Traden immer noch Geld? Ich habe über 300 Leuten geholfen, {pct} % pro Woche zu verdienen. Garantierte Ergebnisse. Schreib mir: {tg}",
        "Angefangen mit 500 €, heute 4.000 € pro Woche – dank meiner Mentorin. Ihr WhatsApp: {wa}",
        "Suche 5 ernsthafte Leute für meine private Investmentgruppe. Mindesteinlage {min} {coin}, {pct} % Rendite pro Woche, null Risiko. {tg}",
        "Passives Einkommen mit Krypto? Ich coache dich persönlich. Gewinn garantiert. {handle}",
    ],
}

NEG = {
    "news_quote": [
        "Mehrere verifizierte Accounts wurden heute Nacht gekapert und posten „Schickt {coin}, ich schicke das Doppelte zurück“ mit der Adresse {saddr}. Nichts senden!",
        "Gefälschte Livestreams mit {name} sind zurück, diesmal mit Werbung für {sdomain}. Zuerst soll man Krypto schicken – Betrug.",
        "Laut Polizei haben Opfer über 2 Millionen Euro durch falsche Gewinnspiele auf nachgebauten Seiten wie {sdomain} verloren.",
        "Unsere Analyse der in den gehackten Posts genannten Adresse ({saddr}): rund {n} Eingänge, danach leergeräumt.",
    ],
    "warning": [
        "{brand} wird dich NIEMALS bitten, Krypto zu senden, um mehr zurückzubekommen. Es läuft kein Giveaway. {sdomain} ist nicht unsere Seite.",
        "Sicherheitshinweis: Die einzige offizielle Domain von {brand} ist {odomain}. Seiten wie {sdomain} sind Phishing. Gib deine Seed-Phrase nirgends ein.",
        "Zur Erinnerung: Unser Support schreibt dich nie zuerst per DM an und fragt nie nach deinen 12 Wörtern.",
        "Achtung ⚠️ Gefälschte Videos von {name}, der {coin} verschenkt, machen die Runde. Wer „sende 1, bekomme 2“ sagt, will dich bestehlen.",
    ],
    "victim_ask": [
        "Hab einen Stream mit {name} gesehen, der angeblich jeden gesendeten {coin} verdoppelt. Ist das echt? Die Seite ist {sdomain}",
        "Weiß jemand, ob {sdomain} seriös ist? Da steht, ich hätte {token} zum Abholen und soll mein Wallet verbinden.",
        "Hab 0,3 {coin} an eine Gewinnspiel-Adresse geschickt und nichts zurückbekommen. Bin ich reingefallen? 😞",
    ],
    "complaint": [
        "{bhandle} meine Auszahlung hängt seit drei Tagen und keiner antwortet. Was ist da los?",
        "Hallo {bhandle}, seit dem Update komme ich nicht mehr rein und mein {coin}-Guthaben steht auf null. Bitte helft mir.",
        "Der Support von {brand} ist eine Katastrophe. Ticket seit einer Woche offen, nichts passiert.",
    ],
    "reply_scam": [
        "Das ist Betrug. Niemand verdoppelt deine Kryptos. Melden und blockieren.",
        "Nichts schicken! {name} macht keine Giveaways, der Account wurde gehackt.",
        "Die „Recovery-Experten“ in den Antworten sind auch Betrüger. Bezahlt denen nichts.",
        "Offizieller {brand}-Support gibt es nur auf {odomain}. Alles andere hier ist fake.",
    ],
    "hacked_notice": [
        "Mein Account wurde heute Nachmittag gehackt. Bitte ignoriert alle Krypto-Posts, das war nicht ich. Zugriff ist wiederhergestellt.",
        "Wir waren etwa eine Stunde kompromittiert. Die Gewinnspiele waren NICHT von uns. Wer etwas geschickt hat, bitte bei der Börse melden. Es tut uns sehr leid.",
        "Account zurück. Jemand hatte sich Zugang verschafft und Krypto-Betrug gepostet. Schickt niemandem Geld, der sich als ich ausgibt.",
    ],
    "donation": [
        "Das Tierheim nimmt jetzt auch Krypto-Spenden an! {bcoin}: {addr} Jeder Beitrag hilft bei den Tierarztkosten 🐾",
        "Wenn euch {project} gefällt und ihr die Entwicklung unterstützen wollt: Spenden in {bcoin} an {addr}. Danke!",
        "Spendenaktion für die Hochwasser-Betroffenen: {addr} ({bcoin}). Alle Bewegungen werden offengelegt.",
    ],
    "exchange_promo": [
        "Winterbonus: {pct} % extra Trading-Guthaben auf deine erste Einzahlung. Bedingungen unter {olink}",
        "Neu bei {brand}: keine Gebühren auf {coin}-Spotpaare bis Monatsende. Details: {olink}",
        "Freunde werben: Ihr bekommt beide 20 € in {coin} nach dem ersten Trade. Teilnahmebedingungen: {olink}",
    ],
    "legit_giveaway": [
        "🎉 GEWINNSPIEL: {n} Hardware-Wallets von {brand}! Folgen und retweeten zum Mitmachen. Wir verlangen niemals eine Zahlung.",
        "Zur Feier von einer Million Nutzern verlosen wir {n} Hoodies. Like & RT, mehr nicht. Regeln: {olink}",
        "Weihnachtsverlosung 🎁 Antworte mit deinem liebsten {coin}-Meme. {n} Gewinner bekommen Merch. Keine Adressen, keine DMs.",
    ],
    "official_airdrop": [
        "Der Community-Airdrop von {proj} ist gestartet. Berechtigung nur auf {pdomain} prüfen. Wir schreiben niemals per DM.",
        "Der {token}-Claim öffnet heute um 14:00 UTC auf unserer offiziellen Seite: {olink}. Vorsicht vor falschen Claim-Seiten in den Antworten.",
    ],
    "price_talk": [
        "{coin} hat sich seit dem Sommertief verdoppelt. Immer noch zu spät?",
        "2x Hebel auf {coin} ist für mich das Maximum. Alles darüber ist Zocken.",
        "Jeder neue Token verspricht {x}x. Die meisten landen bei null.",
    ],
    "yield": [
        "Staking von {coin} mit {apy} % APY bei {brand}. Nicht viel, aber mehr als das Tagesgeld.",
        "„Garantierte“ Renditen über 20 % sind ein Warnsignal. Echtes Staking liegt eher bei {apy} %.",
    ],
    "release_notes": [
        "{brand} v{ver} ist da: schnellere Synchronisierung und ein Warnhinweis bei bekannten Phishing-Domains.",
        "Version {ver}: Transaktionen lassen sich jetzt vor dem Signieren simulieren.",
    ],
    "conference": [
        "Wir sehen uns in {city}! Tickets für den Krypto-Sicherheitsgipfel sind da, {n} Vorträge über Betrug und Drainer. {olink}",
        "Wir sprechen auf der Blockchain Week in {city} über Fake-Giveaways und wie man sie erkennt.",
    ],
    "meme": [
        "ich: nur kurz den {coin}-Kurs checken\nauch ich um 3 Uhr nachts: 📉📈📉",
        "„sende 1 {coin}, erhalte 2“ – Digga, wenn das klappen würde, würde ich's mir selbst schicken",
    ],
}
