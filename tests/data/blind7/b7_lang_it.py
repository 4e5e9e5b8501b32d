# Italiano.
ORGS = [("Blocco Notizie", "news"), ("CriptoGazzetta", "journalist"), ("Valtora Italia", "exchange"),
        ("Quillex Italia", "exchange"), ("Scudo Digitale", "security"), ("Polizia Postale Sezione Nord", "police"),
        ("Pinecrest Labs", "project"), ("Onlus Mani Unite", "charity"), ("Marco Bellini, giornalista cripto", "journalist")]
FIRST = ["Luca", "Giulia", "Matteo", "Chiara", "Francesco", "Sara", "Alessandro"]
LAST = ["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"]
SUPPORT_NAME = "Assistenza {b} Italia"
MENTORS = ["Federica Conti | Mentor Cripto", "Paolo Greco Investimenti", "Martina 💎 Libertà Finanziaria"]
HIJ_C = ["Davide Marini Trading", "Elisa Fabbri Crypto Art"]
HIJ_N = ["Trattoria da Nonna Pina", "Coro Voci del Lago"]

SCAM = [
    ("double", "Raddoppio ufficiale {BRAND} 🇮🇹 Invia da {MIN} a {MAX} {COIN} all'indirizzo qui sotto e ricevi il doppio entro pochi minuti.\n{ADDR}"),
    ("double", "Ho deciso di restituire qualcosa a chi mi segue da anni. Ogni {COIN} mandato a {ADDR} torna indietro raddoppiato, fino a esaurimento fondi."),
    ("double", "DIRETTA ORA con {CELEB} 📺 inquadra il QR durante la live e partecipa alla distribuzione x2: {LIVE}"),
    ("double", "Clicca e paghi subito dal wallet, rimborso doppio automatico: {URI}"),
    ("double", "Ecco la prova dei pagamenti già effettuati 👉 {EXPL}\nChi vuole partecipare invii {COIN} allo stesso indirizzo, restituiamo il doppio."),
    ("double", "Evento speciale {BRAND}: per 3 ore ogni versamento viene raddoppiato. Partecipa qui: {URL}"),
    ("double", "ragazzi sorpresa 🎁 tutto quello che mi mandate ve lo raddoppio, solo stasera {URL}"),
    ("double", "{X} {COIN} mandati = {X2} {COIN} ricevuti. Semplice. Ultimi posti disponibili\n{ADDR}"),
    ("presale", "Prevendita del token $RAZZO sostenuto da {CELEB}. Quotazione tra una settimana, obiettivo x50. Solo wallet in whitelist: {PRE}"),
    ("drainer", "Il tuo airdrop ${TOKEN} ti aspetta 🪂 Collega il wallet e riscatta prima che scada (mancano {HOURS} ore): {DRAIN}"),
    ("drainer", "Mint gratuito {DBRAND} per i possessori, si paga solo il gas. Affrettati: {DRAIN}"),
    ("drainer", "Verifica l'idoneità al secondo round di ${TOKEN}. Chi non firma entro oggi perde la quota. {DRAIN}"),
    ("drop", "Regaliamo {X} {COIN} a {N} follower! Scrivi il tuo indirizzo {COIN} nei commenti e condividi. Estrazione tra {HOURS} ore"),
    ("fee", "Complimenti, sei tra i vincitori! Per sbloccare il premio serve una commissione di rete di {FEE} {COIN} da inviare a {ADDR}."),
    ("support", "{USER} Ciao, ci dispiace per il disagio con il tuo wallet. Compila il modulo protetto per la sincronizzazione: {SUP}"),
    ("support", "{USER} Sembra un errore di convalida del nodo. Il nostro team tecnico ti aiuta su Telegram: {TG}. Non condividere dettagli qui."),
    ("recovery", "Hai perso soldi su una piattaforma truffa? Li recuperiamo noi. Investigatori blockchain certificati, paghi solo a risultato ottenuto: {REC}"),
    ("tax", "Il prelievo di {X} {COIN} è approvato ma bloccato. Secondo la nuova normativa va versata prima un'imposta del {PCT}. Inviala a {ADDR}."),
    ("tax", "🏆 Complimenti! Hai vinto {X} {COIN} nell'estrazione anniversario {BRAND}. Spese di pratica {FEE} {COIN} da inviare a {ADDR} entro 24 ore."),
    ("mentor", "Un anno fa facevo il cameriere, oggi vivo di trading. Prendo 5 nuovi allievi, nessuna esperienza richiesta. Scrivimi su WhatsApp {WA}"),
    ("mentor", "Ciao, scusa il disturbo, ho visto il tuo profilo e mi sembri una persona seria. Ti interessa guadagnare con {COIN}? Mia zia lavora in una banca d'affari 🌸"),
    ("testimonial", "Grazie infinite a {TG}, mi hanno restituito i bitcoin rubati dopo mesi. Consigliatissimi 🙏"),
    ("testimonial", "Con i segnali di Federica ho guadagnato 7.200 € in una settimana. Se volete il contatto: {PHONE}"),
]

BENIGN = [
    ("news", "Diversi profili verificati sono stati violati per promuovere un finto raddoppio di {COIN}. L'indirizzo usato, {ADDR}, ha ricevuto circa {SMALL} versamenti. {NEWSURL}"),
    ("news", "Falsi siti di airdrop che imitano {DBRAND} hanno svuotato diversi wallet. Il dominio truffa era {DEFDOM}."),
    ("police", "Attenzione: nessuno raddoppia le vostre criptovalute. I messaggi 'invia e ricevi il doppio' sono truffe. Per denunciare citate il riferimento {CASE}."),
    ("warning", "Promemoria di {EX}: non vi scriveremo mai per primi in privato, non chiederemo mai la frase di recupero e non esiste alcuna 'convalida del wallet' su siti esterni."),
    ("warning", "Occhio a un finto profilo di assistenza {SUPB} che risponde a chi segnala transazioni bloccate. L'assistenza vera non chiede mai la seed phrase."),
    ("victim", "ma è vero? l'ha appena pubblicato un account che seguo: «{PASTE}»"),
    ("victim", "Mi è arrivato questo in risposta, con la spunta blu. Truffa o no? «{PASTE}»"),
    ("relative", "Come spiego a mia madre che il video di Elon che chiede bitcoin per raddoppiarli è una truffa? Dice che è in diretta quindi è vero 🙄"),
    ("joke", "mandami 1 BTC e te ne rimando 2*\n\n*quando gli asini voleranno"),
    ("joke", "il mio portafoglio fa già l'opposto della truffa del raddoppio, e gratis"),
    ("donation", "La nostra raccolta per gli alluvionati accetta anche cripto. Bitcoin: {BTC}\nEthereum: {ETH}\nOgni donazione è nel rendiconto mensile."),
    ("promo", "Settimana del trading su {EX}: commissioni maker azzerate sulle coppie {TICK} fino a domenica e un montepremi di {N} USDT per i primi 50. Regolamento: {EXURL}"),
    ("airdrop", "L'airdrop della community {PROJ} è attivo. Verificate l'idoneità SOLO sul sito ufficiale {PURL}. Non mandiamo link in privato."),
    ("whitelist", "Aggiungiamo 100 membri alla allowlist di {PROJ} 🎟 Lasciate l'indirizzo pubblico del wallet (mai la seed phrase!) e raccontateci cosa state costruendo."),
    ("giveaway", "Piccolo giveaway per i 10k: 3 persone ricevono 20 € in {TICK}. Like e risposta col vostro tool preferito. Vi chiederò solo un indirizzo in DM."),
    ("price", "{TICK} tiene i {P} sul giornaliero. Se rompe il range il mio target x2 è {P2}. Stop sotto {PLOW}. Non è un consiglio finanziario."),
    ("price", "Tutti a chiedere un x2 su {TICK} dopo un +{PCT}: è così che si fanno i massimi. Prendo un po' di profitto."),
    ("tipjar", "Se i miei thread vi sono utili, una mancia è gradita ma mai dovuta 🙏 {ETH}"),
    ("friends", "{FRIEND} mi ha ridato la sua parte della pizza in {COIN} invece che con Satispay, commissione ridicola"),
    ("dev", "Il contratto {PROJ} v2 è deployato e verificato: {CA}\nL'audit è nella documentazione. Controllate l'indirizzo sul sito prima di interagire."),
    ("ordinary", "Doppio turno anche oggi. Ricordatemi di chiedere il rimborso spese e di mandare quella mail all'ufficio personale"),
    ("complaint", "Il mio wallet segna 'in sospeso' da due ore. Capita anche a voi?"),
    ("research", "Abbiamo analizzato 1.200 indirizzi di truffe del raddoppio: quasi tutti spostano i fondi entro 15 minuti. Rapporto: {NEWSURL}"),
]

HIST_C = [
    "{TICK} riconquista i {P} sul settimanale. Serve una chiusura sopra per confermare.",
    "Nuova opera mintata stasera, edizione aperta per 48 ore a 0,01 ETH 🖤 {PURL}",
    "Oggi mancia on-chain al mio analista preferito. Se volete offrirmi un caffè: {ETH}",
    "Funding piatto, open interest in salita. Settimana movimentata in arrivo.",
    "Thread su come riconoscere i drainer: mai firmare ciò che non capite.",
    "Venduto un po' di {TICK} a {P}. Non è un top, solo ribilanciamento.",
]
HIST_N = [
    "Oggi lasagne della domenica, cucina distrutta, nessun rimpianto.",
    "Grazie a tutti per ieri sera, che emozione cantare con voi 💙",
    "Da lunedì siamo aperti anche a pranzo. Vi aspettiamo!",
    "Piove da tre giorni, perfetto per un ragù lento.",
    "Prove generali giovedì alle 21, puntuali mi raccomando.",
    "Chi ha visto la finale ieri? Che partita.",
]
HACKED = [
    "Abbiamo recuperato il profilo. Ieri è stato violato e ha pubblicato un finto giveaway cripto. Non eravamo noi. Non inviate nulla e segnalate i post.",
    "Scusate tutti: qualcuno è entrato nel mio account e ha pubblicato una truffa in bitcoin. Password cambiata e 2FA attivata.",
]
QUOTE = [
    "È una truffa. Nessuno raddoppia le cripto. Segnalate e bloccate.",
    "Account violato, non mandate niente a quell'indirizzo.",
    "Attenzione, giveaway falso. Se avete inviato fondi, salvate l'hash della transazione e denunciate.",
]
