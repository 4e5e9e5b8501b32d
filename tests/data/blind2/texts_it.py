# Italian texts for blind2 (hand-written)
DEC, THOU = ",", "."
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Giulia", "giulia"), ("Marco", "marco"), ("Chiara", "chiara"), ("Luca", "luca"), ("Francesca", "fra"),
         ("Alessandro", "ale"), ("Sara", "sara"), ("Matteo", "matteo"), ("Elena", "elena"), ("Davide", "davide")]
LAST = [("Rossi", "rossi"), ("Bianchi", "bianchi"), ("Esposito", "esposito"), ("Conti", "conti"),
        ("Ferraro", "ferraro"), ("Galli", "galli"), ("Marino", "marino"), ("Greco", "greco")]
ORGS = [("Cripto Quotidiano", "criptoquotidiano"), ("Allerta Truffe Online", "allertatruffe"),
        ("Il Blocco News", "ilblocconews")]
CITIES = ["Milano", "Roma", "Torino", "Lugano", "Bologna", "Napoli"]
HIST = [[
    "Domenica di ragù. Sul fuoco dalle otto di stamattina, come da tradizione.",
    "Che partita ragazzi! Abbiamo sofferto fino al novantesimo ma i tre punti sono nostri.",
    "Nuovo articolo sul blog: cinque borghi delle Langhe da vedere in inverno.",
    "Consigli per una serie da guardare nel weekend? Ho finito tutto.",
    "Grazie a tutti quelli che sono venuti alla presentazione del libro. Serata bellissima.",
    "Lunedì il negozio resta chiuso per inventario. Martedì si riparte.",
    "Tramonto sul lago stasera. Nessun filtro, giuro.",
    "Domani alle 9 sono in radio a parlare di scuola pubblica.",
    "Prova generale finita. Venerdì si debutta, restano pochi biglietti!",
    "Il gatto ha deciso che la tastiera è il suo nuovo letto. Smart working sospeso.",
    "Foto di squadra dopo l'allenamento. Questi ragazzi stanno dando tutto.",
    "Il podcast torna a gennaio con una nuova stagione.",
    "Ricetta veloce: carbonara con guanciale, niente panna. Non si discute.",
    "Dieci anni fa il nostro primo concerto. Grazie di cuore a tutti.",
]]

SCAM = {
    "doubling": [
        "Oggi voglio restituire qualcosa alla community 🙏 Ogni {coin} inviato all'indirizzo qui sotto vi torna raddoppiato. Solo per {mins} minuti!\n{addr}",
        "Mandi {min} {coin}, ricevi il doppio. Massimo {max} {coin}. Scade tra {mins} min 👉 {addr}",
        "Non è uno scherzo: per ogni {coin} che arriva su {addr} restituisco x2. Ho già pagato decine di persone oggi.",
        "Per festeggiare l'anniversario di {company} vi restituiamo l'importo più il 100%. Minimo {min} {coin}. Indirizzo: {addr}",
        "Promo tripla di fine anno! Invia {coin} a {addr} e ricevi il triplo entro 20 minuti.",
    ],
    "tiers": [
        "🔥 EVENTO {coin} x2 🔥\n{tiers}\nIndirizzo ufficiale: {addr}\nTermina tra {mins} minuti",
        "Funziona così:\n{tiers}\nInvia a {addr}, il pagamento è automatico.",
        "Tabella premi del giveaway di {name}:\n{tiers}\n{addr}",
    ],
    "paid_list": [
        "Pagamenti già inviati ✅ Grazie a tutti!\n{paid}\nAncora aperto per {mins} minuti: {addr}",
        "Per chi dubitava, ecco le prove 👇\n{paid}\nProssimo giro: {addr} (minimo {min} {coin})",
        "Conferme dell'ultima ora:\n{paid}\nTocca a te → {addr}",
    ],
    "link_event": [
        "🔴 IN DIRETTA: {name} regala {coin} durante la live con {company}. Partecipa qui: {link}",
        "È partito l'evento ufficiale {company}: ogni partecipante riceve il doppio. {link}",
        "Scansiona il QR della diretta o vai su {link} per partecipare al giveaway di {name} e {brand}.",
        "Ti sei perso la live? La pagina del giveaway resta online ancora {mins} minuti: {link}",
    ],
    "drainer": [
        "🪂 L'airdrop di {project} è attivo! Riscatta i tuoi {token} qui: {link}. I token non riscattati verranno bruciati tra {hours} ore.",
        "Hai ricompense {token} non riscattate. Collega il wallet e controlla prima della scadenza: {link}",
        "Mint gratuito {project} per i primi {n} wallet. Paghi solo il gas: {link}",
        "Ultime ore per l'airdrop retroattivo di {project}. Verifica il tuo wallet su {link}",
    ],
    "validate": [
        "⚠️ Avviso agli utenti {brand}: i wallet non convalidati entro venerdì saranno sospesi. Convalida ora: {link}",
        "A causa di un aggiornamento della rete, tutti i wallet {brand} vanno sincronizzati. Vai su {link} e inserisci le tue 12 parole di recupero.",
        "Il tuo wallet {brand} deve essere migrato al nuovo contratto. Gratis, due minuti: {link}",
        "Abbiamo rilevato attività insolite. Conferma di essere il titolare su {link} entro {hours} ore.",
    ],
    "drop_address": [
        "🎁 Regalo {n} {coin} ai miei follower! Like, RT e lascia il tuo indirizzo wallet qui sotto 👇 I vincitori pagano una piccola commissione di attivazione di {fee} a {feeaddr}",
        "Scrivi il tuo indirizzo nei commenti e ti mando {coin}. Mi servono solo {fee} per il gas, mandali qui: {feeaddr}",
        "Commenta col tuo wallet 👇 I primi {n} ricevono 500 €. Per sbloccare il premio c'è una commissione di verifica di {fee}.",
        "Chi vuole {coin} gratis? Rispondi con il tuo indirizzo. L'attivazione costa {fee}.",
    ],
    "recovery": [
        "Mi dispiace tanto. Io ho recuperato i miei {coin} rubati grazie a {handle}, sono seri e veloci.",
        "È successo lo stesso a mio fratello. Scrivi a {tg}, hanno tracciato i fondi e recuperato tutto in 48 ore.",
        "Non mollare! Ci sono esperti che tracciano la blockchain. Io ho contattato {handle} su WhatsApp: {wa}",
        "Si può recuperare. Chiama o scrivi a questo specialista: {phone}. Mi ha aiutato quando ho perso 2 {coin}.",
    ],
    "support": [
        "Ciao, ci scusiamo per il disagio. Contatta il nostro team di assistenza tramite {handle} così risolviamo il problema.",
        "Ci dispiace. Compila questo modulo e un operatore ti contatterà: {link}",
        "Salve, il problema si risolve in fretta. Vai sul nostro centro assistenza {link} e fornisci all'operatore i dati del wallet.",
        "La tua pratica è stata inoltrata. Manda un DM a {handle} con il tuo indirizzo e il problema.",
    ],
    "mentor": [
        "Perdi ancora soldi facendo trading da solo? Ho aiutato più di 300 persone a guadagnare il {pct}% a settimana. Risultati garantiti. Scrivimi: {tg}",
        "Ho iniziato con 500 € e ora guadagno 4.000 € a settimana grazie alla mia mentore. Il suo WhatsApp: {wa}",
        "Cerco 5 persone serie per il mio gruppo privato di investimento. Deposito minimo {min} {coin}, rendimento del {pct}% settimanale, zero rischi. {tg}",
        "Vuoi un reddito passivo con le cripto? Ti seguo personalmente. Profitti assicurati. {handle}",
    ],
}

NEG = {
    "news_quote": [
        "Diversi account verificati sono stati violati stanotte e pubblicano \"mandate {coin} e vi restituisco il doppio\" con l'indirizzo {saddr}. Non inviate nulla.",
        "Tornano le false dirette di {name}, stavolta per promuovere {sdomain}. Chiedono di inviare cripto prima: è una truffa.",
        "Secondo la polizia postale le vittime hanno perso oltre 2 milioni di euro con falsi giveaway su siti clone come {sdomain}.",
        "La nostra analisi dell'indirizzo citato nei post violati ({saddr}) mostra circa {n} trasferimenti in entrata prima dello svuotamento.",
    ],
    "warning": [
        "{brand} non ti chiederà MAI di inviare cripto per riceverne di più. Nessun giveaway in corso. {sdomain} non è il nostro sito.",
        "Avviso di sicurezza: l'unico dominio ufficiale di {brand} è {odomain}. Pagine come {sdomain} sono phishing. Non inserire mai la frase di recupero.",
        "Promemoria: la nostra assistenza non ti scriverà mai per prima in DM e non ti chiederà mai le 12 parole.",
        "Attenzione ⚠️ girano video falsi di {name} che regala {coin}. Chi dice \"manda 1 e ricevi 2\" ti sta derubando.",
    ],
    "victim_ask": [
        "Ho visto una diretta di {name} che dice di raddoppiare ogni {coin} inviato. È vero? Il sito è {sdomain}",
        "Qualcuno sa se {sdomain} è affidabile? Dice che ho {token} da riscattare e devo collegare il wallet.",
        "Ho mandato 0,3 {coin} a un indirizzo del giveaway e non ho ricevuto niente. Mi hanno truffato? 😞",
    ],
    "complaint": [
        "{bhandle} il mio prelievo è in sospeso da tre giorni e nessuno risponde. Che succede?",
        "Ciao {bhandle}, dopo l'aggiornamento non riesco ad accedere e il saldo {coin} risulta zero. Aiuto!",
        "L'assistenza di {brand} è un disastro. Ticket aperto da una settimana, niente.",
    ],
    "reply_scam": [
        "È una truffa. Nessuno raddoppia le tue cripto. Segnala e blocca.",
        "Non mandate niente! {name} non fa giveaway, l'account è stato hackerato.",
        "Gli \"esperti di recupero\" nelle risposte sono truffatori anche loro. Non pagateli.",
        "L'assistenza ufficiale di {brand} è solo su {odomain}. Il resto qui è falso.",
    ],
    "hacked_notice": [
        "Il mio account è stato violato oggi pomeriggio. Ignorate qualsiasi post sulle cripto, non ero io. Accesso recuperato.",
        "Siamo stati compromessi per circa un'ora. Quei giveaway NON erano nostri. Se avete inviato qualcosa avvisate il vostro exchange. Ci dispiace moltissimo.",
        "Account recuperato. Qualcuno è entrato e ha pubblicato una truffa cripto. Non mandate soldi a chi si spaccia per me.",
    ],
    "donation": [
        "Il canile ora accetta donazioni in cripto! {bcoin}: {addr} Ogni aiuto conta per le spese veterinarie 🐾",
        "Se ti piace {project} e vuoi sostenerne lo sviluppo, accettiamo donazioni in {bcoin}: {addr}. Grazie!",
        "Raccolta fondi per gli alluvionati: {addr} ({bcoin}). Pubblicheremo tutti i movimenti.",
    ],
    "exchange_promo": [
        "Bonus d'inverno: {pct}% di credito extra sul primo deposito. Termini e condizioni su {olink}",
        "Novità su {brand}: zero commissioni sulle coppie {coin} fino a fine mese. Dettagli: {olink}",
        "Invita un amico e ricevete entrambi 20 € in {coin} dopo il suo primo scambio. Regolamento: {olink}",
    ],
    "legit_giveaway": [
        "🎉 GIVEAWAY: {n} hardware wallet {brand} in palio! Seguici e fai RT per partecipare. Non chiederemo mai alcun pagamento.",
        "Per festeggiare il milione di utenti regaliamo {n} felpe. Like e RT, basta così. Regolamento: {olink}",
        "Concorso di Natale 🎁 Rispondi con il tuo meme preferito su {coin}. {n} vincitori ricevono gadget. Niente indirizzi, niente DM.",
    ],
    "official_airdrop": [
        "L'airdrop della community {proj} è partito. Verifica l'idoneità solo su {pdomain}. Non ti scriveremo mai in DM.",
        "Il claim di {token} apre oggi alle 14:00 UTC sul sito ufficiale: {olink}. Attenzione alle pagine false nelle risposte.",
    ],
    "price_talk": [
        "{coin} è raddoppiato dal minimo estivo. Pensi ancora che sia tardi?",
        "Leva 2x su {coin} è il mio massimo. Oltre è gioco d'azzardo.",
        "Ogni nuovo token promette un {x}x. La maggior parte finisce a zero.",
    ],
    "yield": [
        "Faccio staking di {coin} al {apy}% APY su {brand}. Poco, ma meglio del conto deposito.",
        "Un rendimento \"garantito\" del 20% o più è un campanello d'allarme. Lo staking vero sta intorno al {apy}%.",
    ],
    "release_notes": [
        "{brand} v{ver} è disponibile: sincronizzazione più veloce e avviso per i domini di phishing noti.",
        "Versione {ver}: ora puoi simulare una transazione prima di firmarla.",
    ],
    "conference": [
        "Ci vediamo a {city}! Biglietti in vendita per il summit sulla sicurezza cripto, {n} talk su frodi e drainer. {olink}",
        "Parleremo alla blockchain week di {city} dei falsi giveaway e di come riconoscerli.",
    ],
    "meme": [
        "io: controllo solo un attimo il prezzo di {coin}\nsempre io alle 3 di notte: 📉📈📉",
        "\"manda 1 {coin} e ricevi 2\" fratello, se funzionasse me lo manderei da solo",
    ],
}
