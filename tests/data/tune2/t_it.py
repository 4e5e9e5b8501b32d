"""Modelli in italiano, scritti direttamente in italiano."""

T = {
    "a": [
        "NON mandate niente a {addr}: è di nuovo il finto giveaway di {celeb}. Promettono di restituire il doppio e non restituiscono nulla.",
        "Se un post vi dice \"invia {amt} {coin} e ne ricevi {amt2}\", è una truffa. Sempre. Senza eccezioni.",
        "Il sito {scamdomain} non c'entra niente con {brand}. È una finta diretta che si tiene i vostri {coin}.",
        "Mio zio stava per mandare {amt} {coin} a {addr_short} perché una \"diretta\" gli prometteva il doppio. Parlatene in famiglia.",
        "Nessun servizio serio vi chiederà di \"validare\" o \"sincronizzare\" il wallet su un sito a caso. È così che svuotano i portafogli.",
        "Quelli che rispondono \"contatta questo esperto, mi ha recuperato tutto\" sotto ogni segnalazione fanno parte della stessa truffa.",
    ],
    "a_quote": [
        "Truffa. Nessuno raddoppia i vostri {coin}. Segnalate l'account.",
        "Account hackerato, giveaway falso. Non cliccate, non inviate niente.",
        "\"Manda {amt}, ricevi {amt2}\" è la truffa più vecchia del mondo.",
    ],
    "b": [
        "Violato l'account di {victim} (@{victim_handle}): gli hacker hanno pubblicato \"invia {amt} {coin} e ricevi {amt2}\". L'indirizzo {addr} ha ricevuto {total} {coin} in {n} transazioni prima che il post fosse rimosso.",
        "ULTIM'ORA | Dall'account di {victim} un falso giveaway in {coin} che prometteva di raddoppiare gli invii per {mins} minuti. Lo staff conferma l'attacco.",
        "Secondo i dati on-chain, circa {n} vittime hanno inviato {coin} a {addr_short}, l'indirizzo pubblicato sul profilo violato di {victim}.",
    ],
    "c": [
        "Nuova ondata di domini di finti giveaway (disinnescati): {defanged} / {defanged2}. Stesso kit della \"diretta\", stesse parole: \"x2\", \"evento\", \"tempo limitato\".",
        "Abbiamo analizzato {n} siti di truffe giveaway cripto questo mese: il {pct} usava \"x2\" o \"evento\" nel titolo, il {pct2} impersonava {celeb}.",
        "Thread 🧵 sui drainer: la pagina chiede di \"collegare il wallet\" per riscattare un airdrop e poi un'approvazione illimitata dei token. Esempi: {defanged}, {defanged2}.",
    ],
    "d": [
        "Ma è vero? {scamlink} dice che {celeb} regala {coin} e restituisce il doppio. Sembra ufficiale ma boh",
        "Mi è arrivata una mail che dice che devo \"validare\" il wallet o verrà sospeso: {scamlink}. È phishing?",
        "Ho mandato {amt} {coin} all'indirizzo di un \"evento in diretta\" e non è tornato niente. Mi hanno truffato? Cosa posso fare?",
        "Uno in DM mi dice che ho vinto {usd} USDT ma devo pagare una commissione prima. È una truffa, vero?",
    ],
    "e": [
        "Il nostro account è stato violato stamattina. Ignorate il post sul giveaway di criptovalute: NON eravamo noi. Abbiamo ripreso il controllo.",
        "A tutti quelli che hanno visto il \"giveaway\" di {coin}: mi hanno hackerato. Non mandate niente. Ho recuperato l'account e attivato il 2FA.",
        "Ci scusiamo. Un intruso ha pubblicato messaggi che chiedevano {coin} in cambio del doppio. Non vi chiederemmo mai soldi.",
    ],
    "e_other": [
        "Il nostro server Discord è stato compromesso per un'ora. Ignorate qualsiasi link di \"mint a sorpresa\": non c'è nessun mint.",
    ],
    "f": [
        "Al via la gara di trading! Montepremi di {usd} USDT in voucher di trading. Iscrizioni entro venerdì. Regolamento: {link}",
        "Settimana dei punti doppi: ogni operazione spot vale il doppio dei punti fedeltà fino a domenica. {link}",
        "Staking flessibile su {coin} con rendimento annuo fino al {apy}. Tasso variabile. Scopri di più: {link}",
    ],
    "g": [
        "{org} ora accetta donazioni in cripto per {cause}. {coin}: {addr}. Ogni donazione è pubblicata nel nostro resoconto trimestrale. Grazie!",
        "Siamo a {n} donazioni per {cause}. Se volete aiutarci in {coin}, il nostro indirizzo è {addr}",
    ],
    "h": [
        "GIVEAWAY 🎉 Vinci {prize}! Per partecipare: segui, metti like e ritwitta. Estrazione {day}. Non ti chiederemo mai di pagare nulla.",
        "Siamo {n}! Per festeggiare mettiamo in palio {prize}. RT + tagga un amico. Nessun acquisto, nessun wallet da collegare.",
    ],
    "i": [
        "{coin} è raddoppiato dall'halving e c'è ancora chi dice che è morto",
        "{coin} potrebbe fare x2 da qui se continuano i flussi sugli ETF. Oppure scendere del {pct}. Funziona così.",
        "Oggi ho spostato {amt} {coin} sul cold wallet, le commissioni erano il doppio della settimana scorsa.",
    ],
    "j": [
        "Ho mandato {usd} € a mio fratello per i biglietti del concerto e lui me ne ha rimandati {usd2} perché ha pagato anche la cena 😂",
        "Satispay da {usd} € alla coinquilina per la bolletta. Fatto in due secondi.",
    ],
    "k": [
        "Ci dispiace per l'accaduto. Inviaci in DM il numero del ticket e verificheremo. Non ti chiederemo mai la frase di recupero o la password.",
        "Ciao, usa solo la chat dell'app. Chi ti offre di \"recuperare\" fondi nelle risposte non fa parte del nostro team.",
    ],
    "ord_person": [
        "Caffè, pioggia e una lista di cose da fare infinita. Un {day} come tanti.",
        "Finalmente ho finito il libro che mi consigliavano tutti. Ne valeva la pena.",
        "Stasera primo tentativo di {food} fatta in casa. Voto 7, ci riprovo.",
        "Il traffico oggi a {city} era qualcosa di incredibile.",
        "Il gatto mi ha svegliato alle 5 senza motivo. Come sempre.",
        "Che finale di partita ieri sera 😮",
        "Programma del weekend: niente. Proprio niente.",
    ],
    "ord_org": [
        "Chiusi {day} per formazione del personale.",
        "Grazie per le {n} recensioni! Le leggiamo tutte.",
        "Nuova puntata online, link in bio.",
        "Ultimi biglietti per la data di {city}.",
        "Cerchiamo personale! Unisciti al nostro team a {city}.",
    ],
    "s_double": [
        "Voglio restituire qualcosa alla community. Tutti i {coin} inviati all'indirizzo qui sotto verranno restituiti raddoppiati! Se invii {amt} {coin}, te ne rimando {amt2}. Solo per {mins} minuti.\n\n{addr}",
        "Evento speciale! Invia da {amt_min} a {amt} {coin} a {addr} e ricevi subito il doppio. Posti limitati.",
        "Nella prossima ora restituisco x2 ogni {coin} inviato a questo indirizzo. Minimo {amt_min} {coin}.\n{addr}",
    ],
    "s_live": [
        "🔴 IN DIRETTA: evento {coin} con {celeb}. In palio {usd2} {coin}. Partecipa qui: {scamlink}",
        "{brand} regala {coin} durante la diretta! Entra prima che finisca 👉 {scamlink}",
    ],
    "s_mint": [
        "Mint gratuito a sorpresa! Solo per i primi {n} wallet. Collega il wallet e riscatta: {scamlink}",
        "L'airdrop di {project} è disponibile! Verifica l'idoneità e collega il wallet qui 👉 {scamlink}",
    ],
    "s_kyc": [
        "Il tuo wallet è stato segnalato per la verifica. Per evitare la sospensione, validalo entro 24 ore: {scamlink}",
        "Gentile cliente, il suo conto è limitato per KYC incompleto. Completi la verifica per sbloccare i prelievi: {scamlink}",
    ],
    "s_recovery": [
        "Mi dispiace tanto. Anche io sono stato truffato e {contact} mi ha aiutato a recuperare tutto in 48 ore. Contattali.",
        "Puoi ancora recuperare i tuoi {coin}. Contatta {contact}, sono esperti certificati nel recupero di criptovalute.",
    ],
    "s_drop": [
        "Mando {amt} {coin} a {n} persone a caso nelle prossime 24 ore 🎁 Lasciate qui sotto l'indirizzo del wallet 👇",
        "Scrivete il vostro indirizzo {coin} nei commenti, i primi {n} ricevono {amt} {coin}. Poi inviate {amt_min} per confermare 🙏",
    ],
    "s_fee": [
        "Congratulazioni! Il tuo wallet è stato selezionato per ricevere {usd} USDT. Per prelevare, paga la tassa di {fee} USDT a {addr}.",
        "Il tuo prelievo di {usd} USDT è pronto. Prima va pagata una tassa unica di {fee} USDT. Contatta {contact}.",
    ],
    "s_testi": [
        "Ho appena ricevuto {amt2} {coin} dall'evento di {celeb}!! Ne avevo mandati {amt}. È vero: {scamlink}",
        "Grazie a {contact} ho guadagnato {usd} € in una settimana. Scrivetegli subito!",
    ],
    "s_addr": ["{addr}", "{coin}: {addr}", "{addr}\nx2 🔥 veloci!"],
    "s_uri": ["Scansiona o tocca per partecipare 👉 {uri}", "Invia qui e ricevi il doppio: {uri}"],
}

LISTS = {
    "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "city": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Bari"],
    "food": ["pizza", "focaccia", "pasta fresca", "tiramisù", "lasagna"],
    "prize": ["una maglia autografata", "un hardware wallet", "due biglietti per il concerto", "uno dei 5 NFT della collezione",
              "un buono da 50 €"],
    "cause": ["le famiglie alluvionate", "il reparto di pediatria", "il canile comunale", "la mensa dei poveri"],
    "org": ["Associazione Mani Aperte", "Canile Amici a Quattro Zampe", "Fondazione Aiuto Romagna"],
    "exchange": ["Young Platform", "Binance", "Coinbase", "Bitpanda"],
}

ACCOUNTS = {
    "news": [("ilbloccoquotidiano", "Il Blocco Quotidiano"), ("cybernotizie_it", "CyberNotizie")],
    "research": [("antiphishing_ita", "Anti-Phishing ITA"), ("giulia_osint", "Giulia | OSINT")],
    "exchange": [("youngplatform_promo", "Young Platform Promo")],
    "support": [("YoungPlatformHelp", "Young Platform Assistenza")],
    "charity": [("maniaperte_odv", "Associazione Mani Aperte")],
    "project": [("galleria_pixel_it", "Galleria Pixel")],
    "user": [("francesca_r_", "Francesca R."), ("marco_hodl", "Marco"), ("elena_e_il_gatto", "Elena"),
             ("luca_pac", "Luca PAC")],
}

FAMOUS = [
    ("giorgiaferriofficial", "Giorgia Ferri", "person", False),
    ("ASDLagunaCalcio", "Laguna Calcio", "org", False),
    ("profpaolomartini", "Prof. Paolo Martini", "person", False),
]

SCAMMERS = [
    ("giveaway_bitcoin_ita", "Giveaway Bitcoin"), ("assistenza_ledger_it", "Assistenza Ledger"),
    ("recupero_cripto_it", "Recupero Cripto"), ("elon_diretta_it", "Elon Musk"),
    ("regali_usdt_oggi", "Regali USDT 🎁"), ("chiara_trading_", "Chiara ✨"),
]
