# Deutsch.
ORGS = [("Kettenblatt Nachrichten", "news"), ("Krypto-Ticker DE", "journalist"), ("Valtora Deutschland", "exchange"),
        ("Kumbra Börse", "exchange"), ("Schutzwall IT-Sicherheit", "security"), ("LKA Cybercrime-Zentrum", "police"),
        ("Halcyon Labs", "project"), ("Helfende Hände e.V.", "charity"), ("Jonas Reiter (Kryptojournalist)", "journalist")]
FIRST = ["Lukas", "Anna", "Felix", "Johanna", "Tobias", "Lea", "Matthias"]
LAST = ["Schneider", "Becker", "Wagner", "Hoffmann", "Krüger", "Wolf"]
SUPPORT_NAME = "{b} Kundendienst DE"
MENTORS = ["Vanessa Krüger | Krypto-Coach", "Daniel Roth Vermögensaufbau", "Nina 💎 Finanzielle Freiheit"]
HIJ_C = ["Stefan Keller Charttechnik", "Mira Lenz Digitale Kunst"]
HIJ_N = ["Bäckerei Brandt", "TSV Eichenau 1908"]

SCAM = [
    ("double", "Zum Jubiläum verdoppelt {BRAND} jede {COIN}-Einzahlung. Einfach {X} {COIN} senden und {X2} {COIN} zurückbekommen. Aktion endet heute um 23:59 Uhr.\n{ADDR}"),
    ("double", "Ich habe in den letzten Jahren viel Glück gehabt und möchte etwas zurückgeben. Jede Überweisung an {ADDR} wird automatisch verdoppelt – aber nur für die ersten 250."),
    ("double", "Offizielle Krypto-Aktion, Teilnahme per QR-Code im Livestream mit {CELEB}: {LIVE}\nMindesteinsatz {MIN} {COIN}, Auszahlung in doppelter Höhe."),
    ("double", "Zahlungslink für die Aktion (Wallet öffnet sich automatisch): {URI}\nDoppelte Rückzahlung innerhalb von 15 Min. garantiert."),
    ("double", "Die Auszahlungen laufen bereits, seht selbst: {EXPL}\nWer noch teilnehmen will, schickt {COIN} an dieselbe Adresse und bekommt das Doppelte."),
    ("double", "Nur heute: Bitcoin-Sonderaktion von {BRAND}. Alle Infos und Teilnahme hier ➡️ {URL}"),
    ("double", "Leute, kleine Überraschung 😏 alles was ihr schickt, kommt verdoppelt zurück. Läuft 2 Stunden {URL}"),
    ("double", "Danke für 10 Jahre Unterstützung! Wer mir {COIN} sendet, bekommt den doppelten Betrag zurück. Max. {MAX} {COIN} pro Person\n{ADDR}"),
    ("presale", "Vorverkauf von $RAKETE gestartet, unterstützt von {CELEB}. Listung in 10 Tagen, Kursziel 50-fach. Nur für Wallets auf der Whitelist: {PRE}"),
    ("drainer", "Eure ${TOKEN}-Zuteilung ist da 🪂 Wallet verbinden, Berechtigung prüfen, Tokens abholen. Nicht beanspruchte Tokens verfallen in {HOURS} Std.: {DRAIN}"),
    ("drainer", "Letzte Chance für den {DBRAND}-Gratis-Mint. Nur Gasgebühren, kein Preis. {DRAIN}"),
    ("drainer", "Ihr habt beim Snapshot ${TOKEN} gehalten? Dann steht euch ein Bonus zu. Jetzt prüfen 👇\n{DRAIN}"),
    ("drop", "Wir verlosen {X} {COIN} an {N} Follower! Postet eure {COIN}-Adresse unten und teilt den Beitrag. Gewinner in {HOURS} Std."),
    ("fee", "Glückwunsch, Ihre Adresse wurde gezogen! Vor der Auszahlung ist eine einmalige Netzwerkgebühr von {FEE} {COIN} an {ADDR} fällig."),
    ("support", "{USER} Hallo, das Problem mit Ihrer Wallet ist uns bekannt. Bitte füllen Sie zur Synchronisierung das Formular aus: {SUP}"),
    ("support", "{USER} Das klingt nach einem Validierungsfehler. Unser Technikteam hilft Ihnen per Telegram weiter: {TG}. Bitte keine Details öffentlich posten."),
    ("recovery", "Geld an eine Fake-Plattform verloren? Wir holen es zurück. Zertifizierte Blockchain-Ermittler, Bezahlung erst nach Erfolg: {REC}"),
    ("tax", "Ihre Auszahlung über {X} {COIN} ist freigegeben, jedoch gesperrt. Gemäß neuer EU-Verordnung ist vorab eine Steuer von {PCT} zu entrichten. Überweisung an {ADDR}."),
    ("tax", "🏆 Herzlichen Glückwunsch! Sie haben {X} {COIN} bei der {BRAND} Jubiläumsverlosung gewonnen. Bearbeitungsgebühr {FEE} {COIN} an {ADDR}, Auszahlung in 24 Std."),
    ("mentor", "Vor einem Jahr war ich pleite. Heute lebe ich vom Trading. Ich nehme 5 neue Schüler auf, keine Vorkenntnisse nötig. Schreib mir: {WA}"),
    ("mentor", "Hallo, entschuldigen Sie die Störung, Sie haben ein schönes Profil. Darf ich fragen, ob Sie sich für {COIN}-Handel interessieren? Mein Onkel ist Analyst 🌷"),
    ("testimonial", "Kann {TG} nur empfehlen!! Nach 8 Monaten habe ich meine gestohlenen Bitcoins zurück. Seriös und schnell 👍"),
    ("testimonial", "Dank Vanessas Signalen habe ich letzte Woche 6.800 € Gewinn gemacht. Wer Hilfe braucht: {PHONE}"),
]

BENIGN = [
    ("news", "Betrüger kaperten heute mehrere verifizierte Konten und warben mit einer angeblichen {COIN}-Verdopplung. Auf die Adresse {ADDR} gingen rund {SMALL} Zahlungen ein. {NEWSURL}"),
    ("news", "Gefälschte Airdrop-Seiten im Namen von {DBRAND} haben Wallets geleert. Die Domain {DEFDOM} forderte eine Token-Freigabe an."),
    ("police", "Achtung Betrug: Versprechen wie „Sende Krypto, erhalte das Doppelte“ sind immer Betrug. Anzeige erstatten unter Angabe des Aktenzeichens {CASE}."),
    ("warning", "Hinweis von {EX}: Wir schreiben Sie nie zuerst per DM an und fragen nie nach Ihrer Seed-Phrase. Es gibt keine „Wallet-Validierung“ über externe Seiten."),
    ("warning", "Vorsicht vor einem falschen {SUPB}-Support, der unter Beschwerden antwortet. Der echte Support verlangt niemals Ihre Wiederherstellungsphrase."),
    ("victim", "Ist das echt? Ein Account, dem ich folge, hat gerade das gepostet: „{PASTE}“"),
    ("victim", "Hab ich als Antwort bekommen, sogar mit Haken. Seriös? „{PASTE}“"),
    ("relative", "Wie bringe ich meinem Vater bei, dass das Elon-Video mit der Bitcoin-Verdopplung Betrug ist? Er meint, das sei live und deshalb echt."),
    ("joke", "Schick mir 1 BTC, du kriegst 2 zurück*\n\n*am Sankt-Nimmerleins-Tag"),
    ("joke", "Mein Depot macht schon das Gegenteil vom Verdopplungs-Scam. Kostenlos."),
    ("donation", "Unsere Hochwasserhilfe nimmt jetzt auch Krypto-Spenden an. Bitcoin: {BTC}\nEthereum: {ETH}\nAlle Eingänge stehen im Monatsbericht."),
    ("promo", "{EX} Trading-Woche: 0 % Maker-Gebühren auf {TICK}-Paare bis Sonntag und ein Preispool von {N} USDT für die Top 50. Bedingungen: {EXURL}"),
    ("airdrop", "Der Community-Airdrop von {PROJ} ist live. Berechtigung bitte NUR auf unserer offiziellen Seite prüfen: {PURL}. Wir verschicken keine Links per DM."),
    ("whitelist", "Wir nehmen 100 Leute aus der Community in die {PROJ}-Allowlist auf 🎟 Öffentliche Wallet-Adresse unten posten (niemals die Seed-Phrase!)."),
    ("giveaway", "Kleines Gewinnspiel zu 10k Followern: 3 Leute bekommen je 20 € in {TICK}. Liken und Lieblingstool nennen. Ich frage nur per DM nach einer Adresse."),
    ("price", "{TICK} hält die {P} im Tageschart. Bricht die Range, liegt mein 2x-Ziel bei {P2}. Stop unter {PLOW}. Keine Anlageberatung."),
    ("price", "Wenn nach {PCT} Plus alle nach dem nächsten 2x bei {TICK} rufen, nehme ich lieber Gewinne mit."),
    ("tipjar", "Wenn euch meine Analysen helfen, freue ich mich über Trinkgeld, aber kein Muss 🙏 {ETH}"),
    ("friends", "{FRIEND} hat mir die Hälfte vom Konzertticket in {COIN} überwiesen. Ging schneller als die Banküberweisung."),
    ("dev", "{PROJ} v2 ist deployed und verifiziert: {CA}\nDen Audit-Bericht findet ihr in der Doku. Adresse bitte auf unserer Website gegenprüfen."),
    ("ordinary", "Doppelschicht, schon wieder. Morgen Reisekosten einreichen und endlich die Wallet im Keller suchen, also die echte aus Leder."),
    ("complaint", "Meine Wallet-App zeigt seit zwei Stunden „ausstehend“. Geht's noch jemandem so?"),
    ("research", "Wir haben 1.200 Adressen von Verdopplungs-Scams ausgewertet: Die meisten Gelder werden binnen 15 Minuten weitergeleitet. Bericht: {NEWSURL}"),
]

HIST_C = [
    "{TICK} hat die {P} im Wochenchart zurückerobert. Jetzt braucht es einen Schlusskurs darüber.",
    "Neues Werk heute Abend gemintet, Open Edition für 48 Std. zu 0,01 ETH 🖤 {PURL}",
    "Heute on-chain Trinkgeld an meinen Lieblingsanalysten geschickt. Meine Adresse, falls jemand mag: {ETH}",
    "Funding neutral, Open Interest steigt. Das könnte eine lebhafte Woche werden.",
    "Thread: Woran erkennt man Wallet-Drainer? Kurz: nichts signieren, was man nicht versteht.",
    "Etwas {TICK} bei {P} verkauft. Kein Top-Call, nur Rebalancing.",
]
HIST_N = [
    "Die ersten Zimtschnecken der Saison sind raus 🥐",
    "Danke an alle, die gestern im Stadion waren. Was für eine Stimmung!",
    "Ab Montag haben wir wieder ab 6 Uhr geöffnet.",
    "Regen, Regen, Regen. Perfektes Wetter für Sauerteig.",
    "Auswärtsspiel am Samstag, Abfahrt Bus 9:30 am Vereinsheim.",
    "Unsere Auszubildende hat die Gesellenprüfung bestanden, wir sind stolz!",
]
HACKED = [
    "Unser Konto wurde gestern gehackt und hat Krypto-Werbung gepostet. Das waren NICHT wir. Bitte nichts überweisen und die Beiträge melden.",
    "Entschuldigung an alle: Mein Account wurde übernommen, jemand hat einen Bitcoin-Betrug gepostet. Passwort geändert, 2FA wieder aktiv.",
]
QUOTE = [
    "Betrug. Niemand verdoppelt euer Geld. Melden und blockieren.",
    "Account ist offensichtlich gehackt, nichts an diese Adresse schicken.",
    "Achtung Fake-Gewinnspiel. Wer gezahlt hat: Transaktions-Hash sichern und Anzeige erstatten.",
]
