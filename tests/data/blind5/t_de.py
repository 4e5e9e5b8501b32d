# Deutsche Vorlagen, direkt auf Deutsch geschrieben.
LANG = "de"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Lena", "lena"), ("Jonas", "jonas"), ("Friederike", "frieda"), ("Malte", "malte"), ("Sophie", "sophie"),
         ("Tobias", "tobi"), ("Hanna", "hanna"), ("Niklas", "niklas"), ("Greta", "greta"), ("Lukas", "lukas")]
LAST = [("Brandauer", "brandauer"), ("Kessler", "kessler"), ("Hoffmeister", "hoffmeister"), ("Yilmaz", "yilmaz"),
        ("Wendt", "wendt"), ("Schuster", "schuster"), ("Albrecht", "albrecht"), ("Lorenzen", "lorenzen")]
ORGS = {"news": ("Rheinblick Nachrichten", "RheinblickNews"), "research": ("Krypto-Lagebild Nord", "kryptolagebild"),
        "exchange": ("Elbwerk Börse", "ElbwerkBoerse"), "charity": ("Tafel Unterfeld e.V.", "TafelUnterfeld"),
        "brand": ("Kaffeerösterei Mühlgraben", "muehlgraben_kaffee")}

SCAM = [
 ("double", "Ich gebe der Community etwas zurück: Jeder BTC, der in der nächsten Stunde an {btc} geht, kommt verdoppelt zurück. 0,1 senden, 0,2 erhalten."),
 ("double", "Neues Allzeithoch! Deshalb verdoppeln wir ab sofort alle ETH-Einzahlungen (mind. 0,2 ETH, max. 50 ETH). Adresse: {eth}"),
 ("double", 'Kein Haken: Alles, was bis Mitternacht auf {btc} eingeht, geht doppelt an die Absenderadresse zurück. Keine Registrierung.'),
 ("double", "🔁 BTC-VERDOPPLUNG LÄUFT\n0,1 BTC ➔ 0,2 BTC\n0,5 BTC ➔ 1 BTC\n1 BTC ➔ 2 BTC\nEinzahlung: {btc}\nNoch 40 Minuten!"),
 ("double", "Bonusstaffel (nur heute):\nunter 1 ETH: +100 %\n1 bis 5 ETH: +150 %\nüber 5 ETH: +200 %\nSendet an {eth} – Auszahlung in derselben Minute."),
 ("double", 'Wie viel willst du bekommen? Schick die Hälfte an {sol} 😉 Das System zahlt automatisch das Doppelte aus. Begrenzte Plätze.'),
 ("double", "Tesla verteilt einen Teil seiner Bitcoin-Reserven: Schickt zwischen 0,05 und 20 BTC und erhaltet das Dreifache zurück. {btc}"),
 ("double", "USDT-Aktion im TRON-Netz: Alles, was auf {trx} eingeht, zahlen wir doppelt zurück. Schon über 1.200 Teilnehmer ausgezahlt."),
 ("event", "Jetzt live mit Michael Saylor 🎥 Während der Sendung werden 5.000 BTC verlost. Teilnahme: {link}"),
 ("event", "Offizielles Community-Event der Ethereum Foundation: 100.000 ETH für aktive Nutzer. Hier mitmachen: {link}"),
 ("event", "Sondersendung aus Austin: Elon beantwortet Fragen und verteilt BTC an alle, die zugeschaltet sind. Den Event-Link gibt's auf {dom} ⏱️"),
 ("airdrop", "Der Airdrop der zweiten Runde ist freigeschaltet! Prüft, ob eure Wallet berechtigt ist, und holt euch die Tokens vor dem Snapshot: {link}"),
 ("airdrop", "Gratis-Mint läuft 🔥 Nur 3.333 Pässe, ihr zahlt nur Gas. Wallet verbinden und minten: {link}"),
 ("airdrop", 'Letzte Chance 📣 nicht abgeholte Tokens werden am Freitag verbrannt. Signiere die Claim-Transaktion in deiner Wallet: {link}'),
 ("airdrop", "Überraschung für frühe Unterstützer 🪂 Berechtigung prüfen und abholen unter {dom}"),
 ("phish", "WICHTIG: Nach dem Netzwerk-Upgrade muss jede Wallet verifiziert werden. Nicht verifizierte Wallets werden eingefroren. Jetzt verifizieren: {link}"),
 ("phish", 'Ungewöhnliche Aktivität in deiner Wallet festgestellt. Um eine Sperre zu vermeiden, gib deine 12 Wiederherstellungswörter im sicheren Formular ein: {link}'),
 ("phish", "Ledger-Kunden: Die KYC-Migration ist bis zum 15. April verpflichtend, sonst wird der Zugriff gesperrt. {link}"),
 ("recovery", "Tut mir echt leid für dich. Mir ist das Gleiche mit 3 ETH passiert und {handle} hat alles innerhalb von 48 Stunden zurückgeholt. Meld dich bei denen, absolut seriös."),
 ("recovery", 'Es gibt einen ethischen Hacker, der mit der Polizei gestohlene Coins zurückholt, hat mich gerettet. Such nach {handle}, antwortet schnell.'),
 ("recovery", "Meiner Schwester ist genau das passiert. Sie hat {mail} angeschrieben und nach zwei Tagen ihre USDT zurückbekommen. Versuch's!"),
 ("support", "Hallo, wir bitten die Unannehmlichkeiten zu entschuldigen. Bitte eröffne ein Ticket bei unserem Kundenservice, ein Mitarbeiter meldet sich: {link}"),
 ("support", 'Hallo, hier die Beschwerdestelle. Schick eine E-Mail mit der Transaktions-ID an {mail}, dann lösen wir das noch heute.'),
 ("dropaddr", "GEWINNSPIEL 💸 Ich schicke 10 zufälligen Leuten je 0,5 ETH. Wallet-Adresse in die Kommentare und Post liken!"),
 ("dropaddr", 'Wer will gratis USDT? 🙋 Lasst eure TRC20-Adresse da, wer am meisten retweetet, bekommt heute Abend 300 USDT.'),
 ("fee", "Glückwunsch! Deine Wallet hat bei unserer Jubiläumsverlosung 2,5 BTC gewonnen. Zur Freigabe muss vorab eine Netzwerkgebühr von 0,02 BTC an {btc} gezahlt werden."),
 ("fee", "Deine Auszahlung über 48.300 € ist bereit. Bitte überweise die Auszahlungssteuer von 5 % an {trx}, um das Guthaben freizuschalten."),
 ("fee", "Dir stehen 15.000 USDT zu. Übernimm nur die Gasgebühr (0,03 ETH) an {eth}, dann geht die Überweisung sofort raus."),
 ("testimonial", 'Grad im Explorer nachgeschaut: 2.000 USDT geschickt, 4.000 zurückbekommen. Ernsthaft 😳 {trx}'),
 ("testimonial", "War skeptisch, hab's mit 0,05 BTC probiert und 0,1 BTC zurückbekommen. Das ist echt, Leute. Läuft noch: {btc}"),
 ("uri", "Direkt aus der Wallet-App teilnehmen 👇\n{uri}\nJede Zahlung kommt x2 zurück."),
 ("uri", "Auszahlungsbelege, selbst nachprüfen: {explorer_btc}\nAn dieselbe Adresse senden und das Doppelte erhalten: {btc_split}"),
 ("mentor", 'Mein Berater hat mir in einem Monat +28 % gemacht, ohne dass ich was tun musste. Kontakt gefällig? Schreibt „INFO“ per DM 💼'),
 ("mentor", "300 € investieren, nach 7 Tagen 4.500 € kassieren. Garantierte Rendite, ich betreue dein Konto persönlich. WhatsApp: {wa}"),
]

BENIGN = [
 ("news", "Ein gefälschter Livestream, der versprach, „jeden gesendeten BTC zu verdoppeln“, hat laut Polizei in einer Woche rund 400.000 $ eingesammelt. Die Betrugsadresse: {btc}. Nichts senden. {site}"),
 ("news", 'EILMELDUNG | Das Konto eines bekannten Fußballprofis verbreitete 40 Minuten lang ein „x2-Geschenk“ mit der Adresse {eth}. Der Verein bestätigt den Hack.'),
 ("news", "Die BaFin warnt vor angeblichen „Recovery-Experten“, die Opfer von Krypto-Betrug anschreiben und Vorabgebühren verlangen. Mehr dazu: {site}"),
 ("research", "Neues Drainer-Kit entdeckt: Die Seite {dom_def} fordert zum „Wallet verbinden“ für einen Airdrop auf und verlangt dann unbegrenzte Token-Freigaben. Bitte melden."),
 ("research", 'Kurzanalyse {dom_def}: Domain vor 3 Tagen registriert, Gratis-Zertifikat, kopierte Börsenseite, fordert eine Vertragsfreigabe an. Ein Drainer wie aus dem Lehrbuch.'),
 ("warning", "Hinweis: Niemand verdoppelt eure Kryptowährung. Nicht Elon, nicht Vitalik, nicht wir. Wer verlangt, dass ihr Coins schickt, um mehr zu bekommen, ist ein Betrüger."),
 ("warning", "Zur Erinnerung: Unser Support schreibt euch nie zuerst an und fragt nie nach eurer Seed-Phrase. Links zur „Wallet-Validierung“ bitte ignorieren."),
 ("warning", 'Vorsicht bei Antworten auf eure Beschwerden: Kein „ethischer Hacker“ holt Krypto zurück. Wer Vorkasse will, ist der nächste Betrüger.'),
 ("question", "Ich hab eine Nachricht bekommen, ich hätte 2 BTC gewonnen und müsse nur eine kleine Gebühr zahlen. Ist das echt? Klingt zu schön, um wahr zu sein..."),
 ("question", "Auf YouTube läuft gerade ein Stream, in dem Saylor Bitcoin verschenkt. Weiß jemand, ob das seriös ist?"),
 ("donation", "Unsere Winteraktion startet! Zum ersten Mal nehmen wir Spenden in Krypto an. BTC: {btc} – jeder Satoshi wird zu warmen Mahlzeiten."),
 ("donation", "Danke an alle, die für das neue Dach der Unterkunft gespendet haben. ETH-Spenden weiterhin an {eth}; den Stand veröffentlichen wir jeden Freitag."),
 ("exchange", "Neu bei Elbwerk: Wer diesen Monat mindestens 100 USDT einzahlt, bekommt einen Gebührengutschein über 10 USDT. Es gelten die Teilnahmebedingungen, KYC erforderlich."),
 ("exchange", "Am Montag startet der Elbwerk-Tradingwettbewerb. Die 50 Trader mit dem meisten Volumen teilen sich 20.000 USDT. Anmeldung in der App."),
 ("giveaway", "GEWINNSPIEL ☕ Liken und retweeten und mit etwas Glück ein Jahr lang Kaffee aus der Rösterei Mühlgraben gewinnen. Auslosung am Freitag!"),
 ("cgiveaway", "10.000 Follower, danke euch! RT + Follow, ich lose 3 Gewinner aus, die je 50 $ in BTC bekommen. Ich schreibe niemandem per DM und will nie etwas von euch."),
 ("price", "BTC hat sich dieses Jahr praktisch verdoppelt. Ich weiß noch, wie ich bei 40k gekauft habe und alle mich für verrückt hielten."),
 ("price", 'Solana ist seit Januar 40 % gestiegen und mein Depot ist trotzdem rot, weil ich oben gekauft habe. So ist das eben 😅'),
 ("tip", "Wenn euch meine Threads helfen: Trinkgeld gern, aber nie erwartet. {btc}"),
 ("friends", "@jonas_wendt hab dir die 0,01 BTC für die Pizza von gestern geschickt, schau mal in die Wallet 🍕"),
 ("friends", "Meinem Bruder das Geld für die Konzertkarten in USDC zurückgezahlt. Drei Sekunden. Fühlt sich immer noch wie Zauberei an."),
 ("nft", "Unsere generative Kunstsammlung „Gezeiten“ wird am 2. April gemintet: 1.000 Werke zu je 0,03 ETH, nur Allowlist, nur über unsere offizielle Seite."),
]
VICTIM = [
 "Ich bin auf einen Betrug reingefallen. Habe 0,8 ETH an eine „Giveaway“-Adresse geschickt. Gibt es irgendeine Möglichkeit, das zurückzubekommen?",
 "Meine Wallet wurde leergeräumt, nachdem ich sie mit einer Airdrop-Seite verbunden habe. Alles weg. Mir ist schlecht.",
 "Der Elbwerk-Support antwortet nicht und meine Auszahlung hängt seit 3 Tagen. Geht es noch jemandem so?",
]
HACKED = [
 "Mein Konto wurde gestern gehackt. Die Krypto-Beiträge stammen nicht von mir. Bitte nichts senden. Ich habe den Zugang wieder.",
 "Entschuldigung an alle: Dieses Konto war ein paar Stunden kompromittiert und hat ein falsches Gewinnspiel gepostet. Alles gelöscht.",
 "Gehackt. Falls ihr einen „Bitcoin verdoppeln“-Post von mir gesehen habt: ignorieren. Zwei-Faktor-Authentifizierung ist wieder an.",
]
ORDINARY = [
 "Sonntagsbraten fertig, jetzt kommt der Abwasch.",
 "Was für ein Spiel! Siegtor in der Nachspielzeit, der Gästeblock ist explodiert.",
 "Quartalsbericht endlich fertig. Ich starre jetzt eine Weile die Wand an.",
 "Den neuen Ramen-Laden in der Lindenstraße probiert. Die Brühe: unglaublich.",
 "Zug schon wieder verspätet. Dritte Mal diese Woche.",
 "Montag beginnen die Proben. Aufgeregt und voller Vorfreude.",
 "Hat jemand einen Tipp für Sauerteig? Meiner stirbt immer.",
 "Tolle Stimmung beim Stadtlauf heute Morgen, danke an alle Helfer!",
 "Neue Podcastfolge ist online: Wir reden über Burnout und Lebensmittelpreise.",
 "Das ganze Wochenende Regen. Perfekte Ausrede, das Buch fertigzulesen.",
 "Stolz auf die Mannschaft heute. Der Aufstieg lebt.",
 "Beim Frühjahrsputz drei Ladekabel gefunden, die ich nicht kenne.",
]
QUOTE = [
 "Betrug. Bitte nichts senden.",
 "Gemeldet. Falsches Gewinnspiel, das ist nicht unsere Adresse.",
 "Konto offensichtlich gehackt, fallt nicht drauf rein.",
]

# Eigene Formulierungen dieser Datei.
SCAM += [
 ("double", "Kurz bevor ich offline gehe: Wer mir in den nächsten 15 Minuten USDT (TRC20) an {trx} schickt, bekommt's doppelt. 57 Auszahlungen heute, Screens im angepinnten Tweet."),
 ("double", "HALVING-AKTION 🟠\nihr sendet 0,02 → ihr bekommt 0,04\nihr sendet 0,2 → ihr bekommt 0,4\nihr sendet 2 → ihr bekommt 4\n(nur verifizierte Wallet) {btc}"),
 ("event", "Nur noch 1.930 BTC im Topf des Livestreams 😱 Zähler läuft auf {dom} – bei null ist Schluss."),
 ("fee", "Finanzamt-Krypto: Ihnen steht eine Erstattung von 3.200 € zu. Für die Bearbeitung ist eine Gebühr von 60 USDT an {trx} zu entrichten."),
 ("airdrop", "Unbekannter Token in deiner Wallet? Das ist der Treue-Airdrop. Um ihn in ETH zu tauschen, musst du zuerst den Claim-Vertrag freigeben: {link}"),
 ("mentor", "Mein KI-Tradingbot bringt 3,5 % TÄGLICH, vollautomatisch, Auszahlung jederzeit. Mindesteinzahlung 0,05 BTC an {btc}"),
 ("dropaddr", "RT und mit deiner SOL-Adresse antworten 👇 Um 21 Uhr verteile ich 25 SOL an 40 Leute. Nur für Follower."),
 ("testimonial", "Tag 3 mit den Signalen von {handle}: aus 400 € wurden 2.950 €. Keine Anlageberatung, aber schaut euch die Screenshots an 🚀"),
]
BENIGN += [
 ("research", "Wir haben in diesem Quartal 212 Adressen von „x2“-Gewinnspielen verfolgt. Die größte, {btc}, erhielt 31 BTC von rund 900 Absendern. Zurück kam bei keinem etwas."),
 ("warning", "Wenn dich ein Freund plötzlich anschreibt und „bis morgen 0,1 BTC leihen“ will: erst anrufen. Sein Konto könnte übernommen worden sein."),
 ("exchange", "Geplante Wartung: Ein- und Auszahlungen bei Elbwerk pausieren am Dienstag von 2 bis 4 Uhr UTC. Ihr müsst nichts tun, und wir fordern euch nie auf, Guthaben zu verschieben."),
 ("donation", "Die 48-Stunden-Verdopplung läuft! Jeder Euro für den Gemeinschaftsgarten, bar oder in Krypto ({eth}), wird bis Sonntag von einem Betrieb aus dem Viertel verdoppelt."),
]
SCAM += [
 ("phish", "Ledger-Rückruf: Nano-Geräte aus der Produktion vor 2025 sind betroffen. Gerät registrieren und die 24 Wiederherstellungswörter bestätigen, dann kommt kostenlos Ersatz: {link}"),
 ("fee", "Entschädigungsfonds für Anleger: Ihnen wurden 14.600 € zugesprochen. Vor der Auszahlung ist eine Bearbeitungsgebühr von 0,01 BTC an {btc} fällig."),
 ("mentor", "Cloud-Mining mit 2 % Rendite am Tag, ab dem ersten Tag, Auszahlung jede Woche. Einstieg ab 100 USDT → {link}"),
 ("double", "Ihr seid skeptisch? Ich war's auch. 0,3 ETH geschickt, 0,6 ETH zurückbekommen. Noch 20 Minuten, das ist die Adresse: {eth}"),
 ("support", "Hallo, dein Fall wurde weitergeleitet. Ein Mitarbeiter hilft dir im Live-Chat unter {link}; lass deine Wallet offen, damit er sie synchronisieren kann."),
 ("recovery", "Schreib Frau Becker an ({mail}), zertifizierte Blockchain-Forensikerin. Sie hat mir letzten Monat 14.000 USDT von einer Fake-Börse zurückgeholt."),
]
ORDINARY += [
 "Das Kind fragt um 6 Uhr, warum der Himmel blau ist. Ohne Kaffee keine Physik.",
 "Neues aus dem Schrebergarten: Die Zucchini haben den Krieg erklärt.",
 "Pokalspiel am Dienstag, Karten nach 20 Minuten weg.",
 "Zurück aus zwei Wochen Allgäu. Kein Netz, keine Reue.",
 "Unser Chor singt am Samstag in der Stadtkirche, kommt vorbei!",
 "Eine Stunde an einer Tabelle verloren, die nach der falschen Spalte sortiert war.",
 "Erstes Grillen des Jahres und natürlich hagelt es.",
 "Lesetipps für einen Langstreckenflug? Bitte keinen Krimi mehr.",
]
