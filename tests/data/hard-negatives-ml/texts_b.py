"""Hand-written texts, part B: de, it, ru, tr. Markup and categories: see texts_a.py."""

ACCOUNTS = {
    "de": [
        ("TagesblickDigital", "Tagesblick Digital", "news"),
        ("RundschauOnline", "Rundschau Online", "news"),
        ("KryptoKompassDE", "Krypto-Kompass", "cryptonews"),
        ("jana_becker_it", "Jana Becker", "journalist"),
        ("onchain_spuren", "Onchain-Spurensuche", "researcher"),
        ("prof_hartmann_sec", "Prof. Jens Hartmann", "researcher"),
        ("Kornblock", "Kornblock", "exchange"),
        ("KornblockHilfe", "Kornblock Hilfe", "support"),
        ("VerbraucherAlarm", "Verbraucher-Alarm", "safety"),
        ("SVWiesengrund", "SV Wiesengrund 1911", "org"),
        ("Baeckerei_Hahn", "Bäckerei Hahn", "smallbiz"),
        ("BrunnenHilfe_eV", "BrunnenHilfe e.V.", "charity"),
        ("projekt_faehre", "fähre", "oss"),
        ("tobi_fotografiert", "Tobi fotografiert", "freelancer"),
        ("chartfuchs", "Chartfuchs 🦊", "creator"),
        ("FlussProtokoll", "Fluss", "project"),
        ("opa_bitcoin", "Opa Bitcoin", "creator"),
        ("max_k_90", "Max K.", "user"),
        ("lena_hh", "Lena", "user"),
        ("gisela_m", "Gisela M.", "user"),
    ],
    "it": [
        ("CronacaDigitale", "Cronaca Digitale", "news"),
        ("NotizieLampo", "Notizie Lampo", "news"),
        ("CriptoSettimana", "CriptoSettimana", "cryptonews"),
        ("giulia_ferri_cyber", "Giulia Ferri", "journalist"),
        ("tracce_onchain", "Tracce on-chain", "researcher"),
        ("prof_lombardi_sec", "Prof.ssa Anna Lombardi", "researcher"),
        ("PonteExchange", "Ponte", "exchange"),
        ("PonteAssistenza", "Ponte Assistenza", "support"),
        ("SosTruffeOnline", "SOS Truffe Online", "safety"),
        ("ASDCalcioBorgo", "ASD Calcio Borgo", "org"),
        ("Pasticceria_Rosa", "Pasticceria Rosa", "smallbiz"),
        ("FondazioneRadici", "Fondazione Radici", "charity"),
        ("progetto_gondola", "gondola", "oss"),
        ("chiara_illustra", "Chiara illustra", "freelancer"),
        ("luca_grafici", "Luca | grafici", "creator"),
        ("studio_laguna", "Studio Laguna", "nft"),
        ("nonno_bit", "Nonno Bit", "creator"),
        ("marco_rm84", "Marco", "user"),
        ("fede_to", "Fede", "user"),
        ("rosanna_pa", "Rosanna", "user"),
    ],
    "ru": [
        ("CifraNovosti", "Цифра.Новости", "news"),
        ("SetevoyVestnik", "Сетевой вестник", "news"),
        ("KriptoDnevnik", "Криптодневник", "cryptonews"),
        ("anna_sokolova_it", "Анна Соколова", "journalist"),
        ("onchain_sled", "Ончейн-след", "researcher"),
        ("kibersec_petrov", "Илья Петров", "researcher"),
        ("Severbit", "Севербит", "exchange"),
        ("SeverbitHelp", "Севербит Поддержка", "support"),
        ("AntiMoshennik", "Антимошенник", "safety"),
        ("FKRassvet", "ФК «Рассвет»", "org"),
        ("kofeinya_zerno", "Кофейня «Зерно»", "smallbiz"),
        ("FondTeplo", "Фонд «Тепло»", "charity"),
        ("proekt_parus", "parus", "oss"),
        ("dasha_design", "Даша | дизайн", "freelancer"),
        ("sergey_trader", "Сергей", "creator"),
        ("SozvezdieNet", "Созвездие", "project"),
        ("ded_bitok", "Дед Биток", "creator"),
        ("dima_spb", "Дима", "user"),
        ("katya_msk", "Катя", "user"),
        ("galina_p58", "Галина Павловна", "user"),
    ],
    "tr": [
        ("DijitalGundem", "Dijital Gündem", "news"),
        ("HaberAkisTR", "Haber Akış", "news"),
        ("KriptoBulten", "Kripto Bülten", "cryptonews"),
        ("elif_aydin_siber", "Elif Aydın", "journalist"),
        ("zincir_izi", "Zincir İzi", "researcher"),
        ("dr_kaya_guvenlik", "Dr. Murat Kaya", "researcher"),
        ("KoprubitTR", "Köprübit", "exchange"),
        ("KoprubitDestek", "Köprübit Destek", "support"),
        ("DolandiriciligaDur", "Dolandırıcılığa Dur", "safety"),
        ("YesilvadiSpor", "Yeşilvadi Spor Kulübü", "org"),
        ("FirinBereket", "Bereket Fırını", "smallbiz"),
        ("UmutKuyusu", "Umut Kuyusu Derneği", "charity"),
        ("proje_marti", "martı", "oss"),
        ("zeynep_cizer", "Zeynep çizer", "freelancer"),
        ("grafikci_can", "Can", "creator"),
        ("atolye_lale", "Atölye Lale", "nft"),
        ("bitcoin_dede", "Bitcoin Dede", "creator"),
        ("emre_ist", "Emre", "user"),
        ("ayse_izmir", "Ayşe", "user"),
        ("hatice_k61", "Hatice K.", "user"),
    ],
}

POSTS = {
    "de": [
        ("news", "TagesblickDigital",
         "Der verifizierte Account des Autobauers Valkor Motors war rund 40 Minuten in fremden Händen. In den "
         "Posts hieß es: „Wir geben das Doppelte zurück: Sendet 0,1 bis 20 BTC an die Adresse unten und erhaltet "
         "das Doppelte.“ [[https://tagesblick.de/digital/valkor-account-gekapert]]"),
        ("news", "KryptoKompassDE",
         "Laut Blockchain-Daten gingen an die beim Valkor-Hack genutzte Adresse {{bc:valkor}} rund 3,4 BTC ein, "
         "bevor die Posts gelöscht wurden."),
        ("news", "RundschauOnline",
         "Staatsanwaltschaft klagt zwei Männer an: Über die Seite kornblock-bonus[.]live sollen sie versprochen "
         "haben, „deine ETH in 30 Minuten zu verdoppeln“. Mehr als 150 Geschädigte."),
        ("news", "jana_becker_it",
         "Ich habe mit Opfern des gefälschten Orbix-Livestreams gesprochen. „Der Chef sagte im Video: Schickt "
         "0,5 ETH, ihr bekommt 1 ETH zurück. Alles KI“, erzählt ein Rentner aus Bremen."),
        ("warning", "VerbraucherAlarm",
         "⚠️ Niemand verdoppelt eure Kryptowährung. „Sende 1 BTC, erhalte 2 BTC“ ist immer Betrug. Schickt "
         "nichts an {{bc:valkor}} oder an irgendeine „Gewinnspiel“-Adresse. Beitrag melden!"),
        ("warning", "KornblockHilfe",
         "Kornblock fordert euch niemals auf, Krypto zu senden, um an einer Aktion teilzunehmen oder eine "
         "Auszahlung „freizuschalten“. [[http://kornblock-bonus.live]] gehört nicht uns. Offiziell: "
         "[[https://kornblock.de/sicherheit]]"),
        ("warning", "KornblockHilfe",
         "Falls ihr an {{eth:kornfake}} überwiesen habt, weil ihr an einen Bonus von uns geglaubt habt: Bitte "
         "Ticket mit Transaktions-Hash eröffnen. Rückbuchen geht nicht, wir geben aber alles an die Polizei."),
        ("warning", "opa_bitcoin",
         "Was ich meinen Enkeln immer sage: Wer euch das Doppelte verspricht, will nichts verschenken, sondern "
         "klauen. Blauer Haken hin oder her."),
        ("research", "onchain_spuren",
         "🧵 Ich habe die Adresse {{eth:kornfake}} aus der falschen Kornblock-Aktion verfolgt. 1/ 19,6 ETH von "
         "104 Absendern in drei Tagen. Zurück an die Opfer: nichts."),
        ("research", "onchain_spuren",
         "2/ Die Seite zeigte einen Feed mit „letzten Transaktionen“, in denen Leute das Doppelte zurückbekamen. "
         "Im Quellcode: eine feste Liste in JavaScript, die sich alle zwei Minuten wiederholt."),
        ("research", "prof_hartmann_sec",
         "Von 1.400 Giveaway-Betrugsdomains, die wir im Mai erfasst haben, enthielten 70 % „gift“, „event“ "
         "oder „x2“. Mediane Lebensdauer: 4 Tage. Bericht: [[https://itsec-hartmann.de/berichte/giveaway-2026]]"),
        ("research", "jana_becker_it",
         "Das Muster ist immer gleich: Deepfake-Video, QR-Code, „sende 0,1 bis 50 ETH, erhalte 2x innerhalb "
         "von 30 Minuten“, dazu ein Countdown. Zeitdruck ist Teil der Masche."),
        ("question", "max_k_90",
         "Ist das echt? Ein Kornblock-Video sagt, wenn ich 0,1 ETH an {{eth:kornfake}} schicke, bekomme ich "
         "0,2 ETH zurück. Hat das jemand ausprobiert?"),
        ("reply", "lena_hh",
         "@max_k_90 Das ist Betrug, schick bloß nichts. Kornblock hat schon gewarnt, dass es die Aktion nicht gibt."),
        ("question", "gisela_m",
         "Jemand schreibt mir, ich hätte 1 BTC gewonnen und müsse nur 0,02 BTC „Bearbeitungsgebühr“ zahlen. "
         "Ist das normal so?"),
        ("reply", "opa_bitcoin",
         "@gisela_m Nein, Gisela, das ist Abzocke. Echte Gewinne kosten nichts. Blockieren und melden 🙏"),
        ("hacked", "SVWiesengrund",
         "Mitteilung: Unser Account wurde heute Nacht gehackt und für ein angebliches Bitcoin-Gewinnspiel "
         "missbraucht. Der Verein hat damit nichts zu tun und wird euch niemals bitten, Krypto zu senden."),
        ("hacked", "Baeckerei_Hahn",
         "Unser Account wurde gehackt 😞 Wenn ihr hier „ETH senden, doppelt zurückbekommen“ lest: Das sind NICHT "
         "wir. Wir verkaufen Brötchen, keine Coins."),
        ("hacked", "projekt_faehre",
         "Achtung: Unser Discord wurde übernommen, dort wurde ein „FÄHRE-Airdrop, sende 0,05 ETH Gas“ "
         "angekündigt. Es gibt keinen Token. Es wird nie einen geben."),
        ("donation", "BrunnenHilfe_eV",
         "Unsere Sommeraktion finanziert 25 Brunnen in Malawi. Spenden per Überweisung über "
         "[[https://brunnenhilfe.de/spenden]] oder in Krypto: BTC {{bc:brunnen}} · ETH {{eth:brunnen}}. "
         "Spendenquittung auf Anfrage."),
        ("donation", "projekt_faehre",
         "fähre ist freie Software, gepflegt von zwei Ehrenamtlichen. Wer uns unterstützen mag: {{bc:faehre}}. "
         "Jedes Quartal veröffentlichen wir, wofür das Geld verwendet wurde."),
        ("donation", "tobi_fotografiert",
         "Noch zwei Termine für Hochzeitsreportagen im September frei 📷 Bezahlung per Überweisung oder BTC "
         "({{p2pkh:tobi}}), natürlich mit Rechnung. Meldet euch per DM."),
        ("donation", "chartfuchs",
         "Wenn euch meine Sonntagsanalysen helfen und ihr mir einen Kaffee ausgeben wollt: {{bc:chartfuchs}} ☕ "
         "Keine Pflicht, alles bleibt kostenlos."),
        ("promo", "Kornblock",
         "Willkommensbonus: Zahle innerhalb von 14 Tagen nach der Identitätsprüfung mindestens 100 € ein und "
         "erhalte 10 € Gebührengutschrift. Gültig bis 30.06. Bedingungen: [[https://kornblock.de/aktionen/willkommen]]"),
        ("promo", "Kornblock",
         "🏆 Trading-Wettbewerb im Juni: Die 50 besten nach Performance teilen sich 20.000 USDT. Mindestvolumen "
         "5.000 USDT, verifiziertes Konto. Teilnahmebedingungen: [[https://kornblock.de/wettbewerb-juni]]"),
        ("promo", "FlussProtokoll",
         "Der FLS-Airdrop ist für alle Wallets offen, die vor dem 1. Mai das Testnetz genutzt haben. Claim "
         "ausschließlich über [[https://claim.fluss.network]]. Wir schreiben keine DMs und verlangen nie, dass "
         "ihr vorher Token sendet."),
        ("promo", "KryptoKompassDE",
         "🎁 GEWINNSPIEL: Wir verlosen 3 Hardware-Wallets. Teilnahme: folgen, diesen Post retweeten, eine Person "
         "markieren. Auslosung am Freitag. Wir fragen niemals nach Zahlungen oder Krypto."),
        ("banter", "max_k_90",
         "Mein Portfolio hat sich seit März verdoppelt und ich bin trotzdem pleite 😂 0,1 ETH → 0,2 ETH in einem "
         "Jahr, nicht schlecht"),
        ("banter", "lena_hh",
         "Derby heute Abend. Doppelt oder nichts mit meinem Bruder: Wer verliert, zahlt im Juli die Pizza."),
        ("banter", "chartfuchs",
         "BTC hat sich seit März verdoppelt und im Chat wird schon wieder nach dem nächsten 2x gefragt. "
         "Ruhig bleiben, der Markt ist keine Tombola."),
    ],
    "it": [
        ("news", "CronacaDigitale",
         "L’account verificato della casa automobilistica Valkor Motors è stato violato per circa 40 minuti. "
         "I post dicevano: «Restituiamo il doppio: inviate da 0,1 a 20 BTC all’indirizzo qui sotto e riceverete "
         "il doppio». [[https://cronacadigitale.it/sicurezza/valkor-account-violato]]"),
        ("news", "CriptoSettimana",
         "Secondo i dati on-chain, l’indirizzo usato nell’attacco a Valkor Motors, {{bc:valkor}}, ha ricevuto "
         "circa 3,4 BTC prima che i post venissero cancellati."),
        ("news", "NotizieLampo",
         "Denunciati a Torino due giovani per finti giveaway in criptovalute: il sito ponte-regalo[.]live "
         "prometteva di «raddoppiare i tuoi ETH in 30 minuti». Oltre 120 le vittime secondo gli investigatori."),
        ("news", "giulia_ferri_cyber",
         "Ho parlato con alcune vittime della finta diretta di Orbix. «Nel video l’amministratore delegato "
         "diceva: mandate 0,5 ETH e ne riceverete 1. Era tutto generato con l’IA», racconta un pensionato di Bari."),
        ("warning", "SosTruffeOnline",
         "⚠️ Nessuno raddoppia le tue criptovalute. «Invia 1 BTC e ricevi 2 BTC» è sempre una truffa. Non "
         "inviare nulla a {{bc:valkor}} né ad altri indirizzi di «giveaway». Segnala il post."),
        ("warning", "PonteAssistenza",
         "Ponte non ti chiederà mai di inviare cripto per partecipare a una promozione o per «sbloccare» un "
         "prelievo. [[http://ponte-regalo.live]] non è nostro. Unico dominio ufficiale: "
         "[[https://ponte.exchange/sicurezza]]"),
        ("warning", "PonteAssistenza",
         "Se hai inviato fondi a {{eth:pontefake}} pensando a una nostra promo, apri un ticket con l’hash della "
         "transazione. Non possiamo annullarla, ma trasmettiamo tutto agli inquirenti."),
        ("warning", "nonno_bit",
         "Lo ripeto sempre ai miei nipoti: chi ti promette il doppio di quello che mandi non ti sta regalando "
         "niente, ti sta derubando. Spunta blu o no."),
        ("research", "tracce_onchain",
         "🧵 Ho seguito l’indirizzo {{eth:pontefake}} del finto giveaway di Ponte. 1/ Ha ricevuto 14,9 ETH da "
         "77 mittenti in tre giorni. Verso le vittime: zero transazioni in uscita."),
        ("research", "tracce_onchain",
         "2/ Il sito mostrava un elenco di «transazioni recenti» con persone che ricevevano il doppio. Nel codice "
         "sorgente: una lista fissa in JavaScript che si ripete ogni due minuti."),
        ("research", "prof_lombardi_sec",
         "Su 1.100 domini di finti giveaway crypto censiti a maggio, il 69% contiene «gift», «event» o «x2». "
         "Vita media: 4 giorni. Il nostro rapporto: [[https://lab-lombardi.it/rapporti/giveaway-2026]]"),
        ("research", "giulia_ferri_cyber",
         "Lo schema è sempre quello: video deepfake, QR code, «invia da 0,1 a 50 ETH, ricevi 2x entro "
         "30 minuti», conto alla rovescia. La fretta fa parte della truffa."),
        ("question", "marco_rm84",
         "Ma è vero? Un video di Ponte dice che se mando 0,1 ETH a {{eth:pontefake}} me ne tornano 0,2. "
         "Qualcuno ha provato?"),
        ("reply", "fede_to",
         "@marco_rm84 È una truffa, non mandare niente. Ponte ha già avvisato che quella promo non esiste."),
        ("question", "rosanna_pa",
         "Mi scrive uno che ho vinto 1 BTC e che devo solo pagare 0,02 BTC di «spese di pratica». È normale?"),
        ("reply", "nonno_bit",
         "@rosanna_pa No Rosanna, è un raggiro. Le vincite vere non si pagano. Blocca e segnala 🙏"),
        ("hacked", "ASDCalcioBorgo",
         "Comunicato: il nostro account è stato violato stanotte e usato per pubblicizzare un presunto giveaway "
         "in bitcoin. La società non c’entra nulla e non vi chiederà mai di inviare criptovalute."),
        ("hacked", "Pasticceria_Rosa",
         "Ci hanno hackerato il profilo 😞 Se vedete «manda ETH e ricevi il doppio», NON siamo noi. Noi vendiamo "
         "cannoli, non monete."),
        ("hacked", "progetto_gondola",
         "Attenzione: il nostro Discord è stato compromesso e qualcuno ha annunciato un «airdrop GONDOLA, invia "
         "0,05 ETH di gas». Non esiste nessun token. Non esisterà mai."),
        ("donation", "FondazioneRadici",
         "La raccolta estiva finanzia 30 borse di studio in Sicilia. Dona con bonifico su "
         "[[https://fondazioneradici.it/dona]] o in cripto: BTC {{bc:radici}} · ETH {{eth:radici}}. "
         "Ricevuta su richiesta."),
        ("donation", "progetto_gondola",
         "gondola è software libero mantenuto da due volontari. Se volete sostenerci: {{bc:gondola}}. Ogni "
         "trimestre pubblichiamo come abbiamo usato le donazioni."),
        ("donation", "chiara_illustra",
         "Commissioni aperte per ritratti 🎨 Pagamento con PayPal o in BTC ({{p2pkh:chiara}}), metà in anticipo. "
         "Scrivetemi in DM."),
        ("donation", "luca_grafici",
         "Se le mie analisi della domenica vi sono utili e volete offrirmi un caffè: {{bc:lucag}} ☕ Nessun "
         "obbligo, resta tutto gratis."),
        ("promo", "PonteExchange",
         "Bonus di benvenuto: deposita almeno 100 € entro 14 giorni dalla verifica dell’identità e ricevi 10 € "
         "di sconto sulle commissioni. Valido fino al 30/06. Regolamento: [[https://ponte.exchange/promo/benvenuto]]"),
        ("promo", "PonteExchange",
         "🏆 Gara di trading di giugno: i primi 50 per rendimento si dividono 20.000 USDT. Volume minimo "
         "5.000 USDT e account verificato. Regolamento completo: [[https://ponte.exchange/gara-giugno]]"),
        ("promo", "studio_laguna",
         "Il mint della collezione «Laguna» è il 23 giugno alle 18: 400 opere a 0,02 ETH, massimo 2 per wallet. "
         "Solo su [[https://laguna.art/mint]]. Il contratto sarà pubblicato qui e sul sito nello stesso momento."),
        ("promo", "CriptoSettimana",
         "🎁 GIVEAWAY: mettiamo in palio 3 hardware wallet. Per partecipare: segui, metti like e RT, tagga un "
         "amico. Estrazione venerdì. Non chiediamo mai pagamenti né cripto."),
        ("banter", "marco_rm84",
         "Il mio portafoglio è raddoppiato da marzo e sono comunque al verde 😂 0,1 ETH → 0,2 ETH in un anno, "
         "niente male"),
        ("banter", "fede_to",
         "Derby stasera. Lascia o raddoppia con mio fratello: chi perde paga le pizze di luglio."),
        ("banter", "luca_grafici",
         "BTC è raddoppiato da marzo e in chat già chiedono un altro x2. Calma, il mercato non è una lotteria."),
    ],
    "ru": [
        ("news", "CifraNovosti",
         "Верифицированный аккаунт автопроизводителя Valkor Motors около 40 минут был под контролем "
         "злоумышленников. В публикациях говорилось: «Возвращаем вдвойне: отправьте от 0,1 до 20 BTC на адрес "
         "ниже и получите в два раза больше». [[https://cifra-news.ru/security/valkor]]"),
        ("news", "KriptoDnevnik",
         "По данным блокчейна, на адрес {{bc:valkor}}, использованный при взломе аккаунта Valkor Motors, "
         "поступило около 3,4 BTC, прежде чем публикации удалили."),
        ("news", "SetevoyVestnik",
         "В Екатеринбурге задержаны двое подозреваемых в организации фальшивых «розыгрышей» криптовалюты. "
         "Сайт severbit-bonus[.]top обещал «удвоить ваш ETH за 30 минут». Пострадали более 180 человек."),
        ("news", "anna_sokolova_it",
         "Поговорила с пострадавшими от фейкового стрима Orbix. «Глава биржи в видео говорил: отправьте "
         "0,5 ETH — получите 1 ETH. Оказалось, это дипфейк», — рассказывает пенсионер из Самары."),
        ("warning", "AntiMoshennik",
         "⚠️ Никто не удвоит вашу криптовалюту. «Отправь 1 BTC — получи 2 BTC» — это всегда мошенничество. "
         "Ничего не переводите на {{bc:valkor}} и на любые адреса «розыгрышей». Жалуйтесь на такие посты."),
        ("warning", "SeverbitHelp",
         "Севербит никогда не просит отправить криптовалюту, чтобы участвовать в акции или «разблокировать» "
         "вывод. [[http://severbit-bonus.top]] нам не принадлежит. Официальный сайт: [[https://severbit.ru/security]]"),
        ("warning", "SeverbitHelp",
         "Если вы перевели средства на {{eth:severfake}}, думая, что это наша акция, создайте обращение с хешем "
         "транзакции. Отменить перевод мы не можем, но передадим данные в полицию."),
        ("warning", "ded_bitok",
         "Внукам всегда говорю: если обещают вернуть вдвое больше, чем вы отправили, — это не подарок, а кража. "
         "С синей галочкой или без."),
        ("research", "onchain_sled",
         "🧵 Проследил адрес {{eth:severfake}} из фальшивой акции Севербита. 1/ За три дня пришло 17,4 ETH от "
         "95 отправителей. Обратно жертвам — ни одной транзакции."),
        ("research", "onchain_sled",
         "2/ На сайте была лента «последних транзакций», где людям якобы возвращали вдвое больше. В коде — "
         "жёстко прописанный список на JavaScript, который крутится по кругу."),
        ("research", "kibersec_petrov",
         "Из 1300 доменов фейковых криптораздач, собранных в мае, в 72% есть слова gift, event или x2. "
         "Медианное время жизни — 4 дня. Отчёт: [[https://petrov-sec.ru/reports/giveaway-2026]]"),
        ("research", "anna_sokolova_it",
         "Схема всегда одна: дипфейк-видео, QR-код, «отправьте от 0,1 до 50 ETH и получите 2x в течение "
         "30 минут», таймер обратного отсчёта. Спешка — часть обмана."),
        ("question", "dima_spb",
         "Это правда? В видео от Севербита говорят, что если отправить 0,1 ETH на {{eth:severfake}}, вернут "
         "0,2 ETH. Кто-нибудь пробовал?"),
        ("reply", "katya_msk",
         "@dima_spb Это развод, ничего не отправляй. Севербит уже предупредил, что такой акции нет."),
        ("question", "galina_p58",
         "Мне написали, что я выиграла 1 BTC и нужно только оплатить «комиссию» 0,02 BTC. Это нормально?"),
        ("reply", "ded_bitok",
         "@galina_p58 Нет, Галина Павловна, это мошенники. За настоящий выигрыш платить не нужно. Заблокируйте "
         "и пожалуйтесь 🙏"),
        ("hacked", "FKRassvet",
         "Официально: ночью наш аккаунт взломали и опубликовали якобы розыгрыш биткоинов. Клуб к этому не имеет "
         "отношения и никогда не попросит вас отправлять криптовалюту."),
        ("hacked", "kofeinya_zerno",
         "Нас взломали 😞 Если увидите «отправьте ETH и получите вдвое больше» — это НЕ мы. Мы варим кофе, "
         "а не монеты."),
        ("hacked", "proekt_parus",
         "Внимание: наш Discord захватили и объявили «аирдроп PARUS, отправьте 0,05 ETH за газ». Токена нет "
         "и никогда не будет."),
        ("donation", "FondTeplo",
         "Летний сбор фонда «Тепло»: ремонт двух хосписов в Твери. Помочь можно картой на "
         "[[https://fondteplo.ru/help]] или криптовалютой: BTC {{bc:teplo}} · ETH {{eth:teplo}}. Отчёты "
         "публикуем каждый месяц."),
        ("donation", "proekt_parus",
         "parus — свободное ПО, которое поддерживают два волонтёра. Если хотите помочь проекту: {{bc:parus}}. "
         "Раз в квартал публикуем, на что ушли пожертвования."),
        ("donation", "dasha_design",
         "Беру заказы на логотипы и фирменный стиль ✏️ Оплата переводом или в BTC ({{p2pkh:dasha}}), "
         "50% предоплата. Пишите в личку."),
        ("donation", "sergey_trader",
         "Если мои воскресные разборы вам полезны и хочется угостить кофе: {{bc:sergey}} ☕ Без обязательств, "
         "всё остаётся бесплатным."),
        ("promo", "Severbit",
         "Бонус для новых клиентов: пополните счёт минимум на 10 000 ₽ в течение 14 дней после верификации и "
         "получите 1 000 ₽ на оплату комиссий. До 30.06. Условия: [[https://severbit.ru/promo/welcome]]"),
        ("promo", "Severbit",
         "🏆 Июньский торговый турнир: 50 лучших по доходности разделят 20 000 USDT. Минимальный объём — "
         "5 000 USDT, нужна верификация. Правила: [[https://severbit.ru/turnir-iyun]]"),
        ("promo", "SozvezdieNet",
         "Аирдроп SZV открыт для кошельков, которые пользовались тестнетом до 1 мая. Получить токены можно "
         "только на [[https://claim.sozvezdie.network]]. Мы не пишем в личку и никогда не просим сначала "
         "что-то отправить."),
        ("promo", "KriptoDnevnik",
         "🎁 РОЗЫГРЫШ: дарим 3 аппаратных кошелька. Условия: подписка, ретвит и отметка друга. Итоги в пятницу. "
         "Мы никогда не просим оплату или криптовалюту."),
        ("banter", "dima_spb",
         "Портфель удвоился с марта, а денег всё равно нет 😂 0,1 ETH → 0,2 ETH за год, неплохо"),
        ("banter", "katya_msk",
         "Сегодня дерби. Поспорили с братом на всё или ничего: проигравший весь июль платит за пиццу."),
        ("banter", "sergey_trader",
         "BTC удвоился с марта, а в чате уже просят ещё один x2. Спокойно, рынок — не лотерея."),
    ],
    "tr": [
        ("news", "DijitalGundem",
         "Otomobil üreticisi Valkor Motors’un onaylı hesabı yaklaşık 40 dakika boyunca ele geçirildi. "
         "Paylaşımlarda şu ifadeler yer aldı: “İki katını geri veriyoruz: Aşağıdaki adrese 0,1 ile 20 BTC arası "
         "gönderin, iki katını alın.” [[https://dijitalgundem.com.tr/guvenlik/valkor-hesap]]"),
        ("news", "KriptoBulten",
         "Blokzincir verilerine göre Valkor Motors saldırısında kullanılan {{bc:valkor}} adresine, paylaşımlar "
         "silinene kadar yaklaşık 3,4 BTC gönderildi."),
        ("news", "HaberAkisTR",
         "İzmir’de sahte kripto çekilişleri düzenleyen iki şüpheli yakalandı. koprubit-hediye[.]live adlı site "
         "“ETH’nizi 30 dakikada ikiye katlıyoruz” vaadiyle 160’tan fazla kişiyi dolandırdı."),
        ("news", "elif_aydin_siber",
         "Sahte Orbix canlı yayınının mağdurlarıyla konuştum. “Videoda CEO ‘0,5 ETH gönderin, 1 ETH geri alın’ "
         "diyordu. Hepsi yapay zekâymış” diyor Ankaralı emekli bir öğretmen."),
        ("warning", "DolandiriciligaDur",
         "⚠️ Kimse kriptonuzu ikiye katlamaz. “1 BTC gönder, 2 BTC al” her zaman dolandırıcılıktır. "
         "{{bc:valkor}} adresine ya da herhangi bir “çekiliş” adresine hiçbir şey göndermeyin. Paylaşımı "
         "şikâyet edin."),
        ("warning", "KoprubitDestek",
         "Köprübit, kampanyaya katılmanız ya da çekim “kilidini açmanız” için sizden asla kripto göndermenizi "
         "istemez. [[http://koprubit-hediye.live]] bize ait değil. Resmi adresimiz: "
         "[[https://koprubit.com.tr/guvenlik]]"),
        ("warning", "KoprubitDestek",
         "Kampanyamız sanarak {{eth:koprufake}} adresine transfer yaptıysanız, işlem hash’iyle destek talebi "
         "açın. İşlemi geri alamıyoruz ama tüm bilgileri emniyete iletiyoruz."),
        ("warning", "bitcoin_dede",
         "Torunlarıma hep söylerim: gönderdiğinin iki katını vaat eden sana hediye vermiyor, seni soyuyor. "
         "Mavi tik olsa da olmasa da."),
        ("research", "zincir_izi",
         "🧵 Sahte Köprübit kampanyasındaki {{eth:koprufake}} adresini takip ettim. 1/ Üç günde 98 farklı "
         "göndericiden 15,8 ETH gelmiş. Mağdurlara geri giden: sıfır."),
        ("research", "zincir_izi",
         "2/ Sitede insanların iki katını geri aldığı bir “son işlemler” akışı vardı. Kaynak koda baktım: "
         "JavaScript’e gömülü, iki dakikada bir başa saran sabit bir liste."),
        ("research", "dr_kaya_guvenlik",
         "Mayısta tespit ettiğimiz 1.250 sahte kripto çekiliş alan adının %70’inde “gift”, “event” ya da “x2” "
         "geçiyor. Ortanca ömür: 4 gün. Rapor: [[https://kaya-guvenlik.com.tr/rapor/cekilis-2026]]"),
        ("research", "elif_aydin_siber",
         "Senaryo hep aynı: deepfake video, QR kod, “0,1 ile 50 ETH arası gönderin, 30 dakika içinde 2 katını "
         "alın” yazısı ve geri sayım. Acele ettirmek dolandırıcılığın parçası."),
        ("question", "emre_ist",
         "Bu gerçek mi? Köprübit videosunda {{eth:koprufake}} adresine 0,1 ETH gönderirsem 0,2 ETH geri "
         "geleceği söyleniyor. Deneyen oldu mu?"),
        ("reply", "ayse_izmir",
         "@emre_ist Dolandırıcılık bu, sakın gönderme. Köprübit böyle bir kampanya olmadığını duyurdu zaten."),
        ("question", "hatice_k61",
         "Biri bana 1 BTC kazandığımı, sadece 0,02 BTC “işlem ücreti” ödemem gerektiğini yazdı. Bu normal mi?"),
        ("reply", "bitcoin_dede",
         "@hatice_k61 Değil Hatice Hanım, dolandırıcılar. Gerçek ödül için para ödenmez. Engelleyip şikâyet "
         "edin 🙏"),
        ("hacked", "YesilvadiSpor",
         "Duyuru: Hesabımız dün gece ele geçirildi ve sözde bir bitcoin çekilişi paylaşıldı. Kulübümüzün "
         "bununla hiçbir ilgisi yoktur; sizden asla kripto para göndermenizi istemeyiz."),
        ("hacked", "FirinBereket",
         "Hesabımız hacklendi 😞 “ETH gönder, iki katını al” gibi bir şey görürseniz o biz DEĞİLİZ. Biz simit "
         "satıyoruz, coin değil."),
        ("hacked", "proje_marti",
         "Dikkat: Discord sunucumuz ele geçirildi ve “MARTI airdrop’u, gas için 0,05 ETH gönderin” duyurusu "
         "yapıldı. Böyle bir token yok, hiç olmayacak."),
        ("donation", "UmutKuyusu",
         "Yaz kampanyamızla Afrika’da 20 su kuyusu açıyoruz. Bağış için: [[https://umutkuyusu.org.tr/bagis]] "
         "ya da kripto ile BTC {{bc:umut}} · ETH {{eth:umut}}. Her ay harcama raporu paylaşıyoruz."),
        ("donation", "proje_marti",
         "martı, iki gönüllünün geliştirdiği özgür bir yazılım. Destek olmak isterseniz: {{bc:marti}}. "
         "Bağışların nereye gittiğini her çeyrek yayımlıyoruz."),
        ("donation", "zeynep_cizer",
         "Portre siparişleri açıldı 🎨 Ödeme havale ya da BTC ({{p2pkh:zeynep}}) ile, yarısı peşin. "
         "DM’den yazabilirsiniz."),
        ("donation", "grafikci_can",
         "Pazar analizlerim işinize yarıyorsa ve bir kahve ısmarlamak isterseniz: {{bc:can}} ☕ Zorunluluk yok, "
         "içerik ücretsiz kalacak."),
        ("promo", "KoprubitTR",
         "Hoş geldin bonusu: Kimlik doğrulamasından sonraki 14 gün içinde en az 2.000 TL yatır, 200 TL’lik "
         "komisyon indirimi kazan. 30 Haziran’a kadar geçerli. Koşullar: "
         "[[https://koprubit.com.tr/kampanya/hosgeldin]]"),
        ("promo", "KoprubitTR",
         "🏆 Haziran trading yarışması: getiriye göre ilk 50 kişi 20.000 USDT’yi paylaşıyor. Minimum hacim "
         "5.000 USDT, doğrulanmış hesap şart. Kurallar: [[https://koprubit.com.tr/yarisma-haziran]]"),
        ("promo", "atolye_lale",
         "“Lale” koleksiyonunun mint’i 24 Haziran 18.00’de: 350 eser, tanesi 0,02 ETH, cüzdan başına en fazla 2. "
         "Sadece [[https://lale.art/mint]] üzerinden. Kontrat adresi burada ve sitede aynı anda paylaşılacak."),
        ("promo", "KriptoBulten",
         "🎁 ÇEKİLİŞ: 3 donanım cüzdanı hediye ediyoruz. Katılmak için takip et, RT yap, bir arkadaşını etiketle. "
         "Sonuçlar cuma. Sizden asla ödeme ya da kripto istemeyiz."),
        ("banter", "emre_ist",
         "Portföyüm marttan beri ikiye katlandı ama hâlâ meteliksizim 😂 0,1 ETH → 0,2 ETH bir yılda, fena değil"),
        ("banter", "ayse_izmir",
         "Bu akşam derbi var. Kardeşimle ya hep ya hiç: kaybeden temmuz boyunca lahmacunları ısmarlıyor."),
        ("banter", "grafikci_can",
         "BTC marttan beri ikiye katladı, grupta şimdiden yeni bir x2 bekleyenler var. Sakin olun, piyasa "
         "piyango değil."),
    ],
}
