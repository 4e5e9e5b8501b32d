# Modelli in italiano, scritti direttamente in italiano.
LANG = "it"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Giulia", "giulia"), ("Matteo", "matteo"), ("Chiara", "chiara"), ("Lorenzo", "lorenzo"), ("Federica", "fede"),
         ("Alessio", "alessio"), ("Martina", "martina"), ("Davide", "davide"), ("Serena", "serena"), ("Nicolò", "nicolo")]
LAST = [("Ferraresi", "ferraresi"), ("Caputo", "caputo"), ("Bellandi", "bellandi"), ("Esposito", "esposito"),
        ("Mancuso", "mancuso"), ("Zanetti", "zanetti"), ("Loiacono", "loiacono"), ("Pellegrini", "pellegrini")]
ORGS = {"news": ("Il Gazzettino del Borgo", "GazzettinoBorgo"), "research": ("Osservatorio Truffe Digitali", "oss_truffe"),
        "exchange": ("Vesta Exchange Italia", "VestaExIT"), "charity": ("Associazione Pane Condiviso", "PaneCondiviso"),
        "brand": ("Gelateria Il Ghiacciolo", "ilghiacciolo")}

SCAM = [
 ("double", "Restituisco il DOPPIO a chiunque partecipi nei prossimi 60 minuti. Invia BTC a {btc}: 0,2 diventano 0,4, 1 diventa 2."),
 ("double", "Per ringraziare i miei follower raddoppio ogni invio in ETH. Da 0,1 a 30 ETH. Indirizzo ufficiale: {eth} ✅"),
 ("double", 'Niente registrazione, niente moduli: quello che arriva su {btc} entro mezzanotte riparte raddoppiato verso il mittente.'),
 ("double", "Moltiplicatore attivo ✖️3\n0,1 ETH ⟶ 0,3 ETH\n1 ETH ⟶ 3 ETH\n10 ETH ⟶ 30 ETH\nwallet: {eth}"),
 ("double", "Tabella premi:\n📌 0,05 – 0,5 BTC: +100%\n📌 0,5 – 2 BTC: +120%\n📌 oltre 2 BTC: +150%\nIndirizzo di partecipazione {btc}"),
 ("double", 'Quanto vuoi ricevere? Mandane la metà a {sol} 😉 il sistema ti restituisce il doppio in automatico.'),
 ("double", "Ti rimando la stessa cifra più un altro 50% come ringraziamento per il supporto. Vale per USDT TRC20 su {trx}."),
 ("double", "Cardano celebra il nuovo aggiornamento: invia da 500 a 100.000 ADA e ricevi il doppio. Dettagli e indirizzo su {link}"),
 ("event", "🔴 DIRETTA: Vitalik Buterin parla del futuro di Ethereum e regala 20.000 ETH agli spettatori. Partecipa da qui: {link}"),
 ("event", "Evento celebrativo Binance per il mercato italiano: 5.000 BNB in palio, i primi 1.000 partecipanti ricevono il doppio. {link}"),
 ("event", "Collegamento speciale da Austin: Elon risponde alle domande e distribuisce BTC a chi è connesso. Il link dell'evento è su {dom} ⏱️"),
 ("airdrop", "Airdrop della community confermato 🎉 Collega il tuo portafoglio per verificare quanti token ti spettano: {link}"),
 ("airdrop", "Mint gratuito della collezione ufficiale: posti limitati, paghi solo le commissioni. Connetti il wallet qui {link}"),
 ("airdrop", 'Ultima chiamata 📣 i token non riscattati verranno bruciati venerdì. Firma la transazione di claim dal tuo wallet: {link}'),
 ("airdrop", "Ricompensa per gli utenti fedeli pronta da ritirare 🪂 vai su {dom} e collega il portafoglio."),
 ("phish", "AVVISO: il tuo portafoglio risulta non verificato dopo l'aggiornamento. Completa la verifica entro 24 ore per evitare la sospensione: {link}"),
 ("phish", 'Rilevata attività anomala sul tuo portafoglio. Per evitare il blocco inserisci le 12 parole di recupero nel modulo protetto: {link}'),
 ("phish", "Trust Wallet: migrazione obbligatoria alla nuova versione con verifica dell'identità. Non perdere l'accesso ai tuoi fondi: {link}"),
 ("recovery", "Mi dispiace tantissimo. Anche io ero stato truffato, poi ho contattato {handle} e in due giorni avevo di nuovo i miei BTC. Scrivigli subito."),
 ("recovery", "C'è un hacker etico che collabora con la polizia e recupera cripto rubate, a me ha salvato. Cercalo come {handle}, risponde subito."),
 ("recovery", "Stessa cosa successa a un mio collega: ha scritto a {mail} e gli hanno recuperato tutto. Fidati, sono bravissimi."),
 ("support", "Ciao, ci scusiamo per il disagio. Compila il modulo di assistenza e un operatore ti contatterà a breve: {link}"),
 ("support", "Buongiorno, ufficio reclami. Invia una mail a {mail} con l'ID della transazione e risolviamo in giornata."),
 ("dropaddr", "Regalo 1.000 USDT a 20 di voi 🎁 Lasciate il vostro indirizzo TRC20 nei commenti, estraggo domani sera."),
 ("dropaddr", 'Chi vuole USDT gratis? 🙋 Scrivete il vostro indirizzo TRC20, a chi fa più RT mando 300 USDT stasera.'),
 ("fee", "Hai vinto 1,8 BTC nella nostra estrazione settimanale! Per ricevere il premio invia la commissione di sblocco (0,015 BTC) a {btc}."),
 ("fee", "Il tuo saldo di 32.000 € è pronto per il prelievo. Prima è necessario versare la tassa del 10% a {trx}."),
 ("fee", "Ricevi gratis 5 ETH, devi solo coprire le spese di gas. Invia 0,05 ETH a {eth} e il trasferimento parte subito."),
 ("testimonial", "Appena controllato sull'explorer: mandati 2.000 USDT, arrivati 4.000. È una cosa seria 😳 {trx}"),
 ("testimonial", "Confermo: 0,1 BTC inviati, 0,2 BTC ricevuti. Grazie mille Michael Saylor! {btc}"),
 ("uri", "Partecipa con un tocco 📲\n{uri}\nIl doppio torna automaticamente nel tuo portafoglio."),
 ("uri", "Controlla tu stesso i pagamenti già fatti: {explorer_eth}\nIndirizzo per partecipare (copialo tutto): {eth_split}"),
 ("mentor", 'Il mio consulente mi ha fatto fare +28% in un mese senza che toccassi nulla. Volete il contatto? Scrivetemi «INFO» in privato 💼'),
 ("mentor", "Rendimento fisso del 35% al mese, capitale garantito. Investo io per te: bastano 250 €. Contattami su WhatsApp {wa}"),
]

BENIGN = [
 ("news", "La Polizia Postale segnala una finta diretta che prometteva di «raddoppiare ogni BTC inviato»: raccolti circa 300.000 € in pochi giorni. L'indirizzo della truffa è {btc}. {site}"),
 ("news", "ULTIM'ORA | Il profilo di un noto centrocampista ha pubblicato per 40 minuti un «regalo x2» con l'indirizzo {eth}. La società conferma l'attacco."),
 ("news", "La Consob mette in guardia dai falsi «recuperatori di criptovalute» che contattano le vittime chiedendo commissioni anticipate. L'approfondimento: {site}"),
 ("research", "Segnaliamo un nuovo sito drainer, {dom_def}: simula un airdrop, chiede di collegare il wallet e poi ottiene l'autorizzazione a spostare tutti i token. Non cliccate."),
 ("research", 'Analisi lampo di {dom_def}: dominio registrato 3 giorni fa, certificato gratuito, copia del sito di un exchange, chiede di approvare un contratto. Drainer da manuale.'),
 ("warning", "Nessuno vi restituirà il doppio. Se un post vi chiede di inviare criptovalute per riceverne di più, è una truffa, anche se l'account è verificato."),
 ("warning", "Il nostro servizio clienti non vi chiederà mai la frase segreta né di «sincronizzare» il portafoglio su siti esterni. Segnalate chi lo fa."),
 ("warning", "Occhio alle risposte sotto i vostri reclami: nessun «hacker etico» recupera criptovalute. Se chiede soldi in anticipo è un'altra truffa."),
 ("question", "Mi è arrivata una mail che dice che ho vinto 1,8 BTC ma devo pagare una commissione per sbloccarli. Secondo voi è vera?"),
 ("question", "Ma questa diretta di Vitalik che regala ETH è ufficiale? Mi sembra strana."),
 ("donation", "Raccolta fondi per la mensa di quartiere: accettiamo anche donazioni in bitcoin a {btc}. Pubblicheremo il rendiconto a fine mese."),
 ("donation", "Grazie a chi ha donato per il nuovo furgone! Per chi preferisce ETH l'indirizzo dell'associazione è {eth}."),
 ("exchange", "Vesta Exchange: commissioni azzerate sulle coppie EUR fino al 30 aprile per i nuovi iscritti. Si applicano termini e condizioni."),
 ("exchange", "Al via il programma referral di Vesta: invita un amico e ricevete entrambi 10 € in BTC dopo il primo acquisto verificato."),
 ("giveaway", "CONCORSO 🍦 Metti like, fai RT e tagga un amico: in palio 10 vaschette di gelato artigianale! Estrazione sabato."),
 ("cgiveaway", "Per i 5.000 follower regalo 3 hardware wallet: RT e follow per partecipare. Non vi chiederò mai indirizzi o soldi in DM."),
 ("price", "Bitcoin raddoppiato in un anno, e c'è ancora chi dice che è morto."),
 ("price", 'Solana +40% da gennaio e il mio portafoglio è ancora in rosso perché ho comprato sul massimo. Funziona così 😅'),
 ("tip", "Se vi piace la newsletter potete offrirmi un caffè in sats: {btc} Grazie di cuore ☕"),
 ("friends", "@matteo_zanetti ti ho girato 25 USDC per la cena di ieri, fammi sapere se arrivano"),
 ("friends", "Divisa la spesa delle vacanze con mia sorella in stablecoin. Niente bonifici, niente attese."),
 ("nft", "La nostra serie di illustrazioni «Vicoli» arriva on-chain il 10 aprile: 500 opere, 0,02 ETH, mint solo dal nostro sito. Non esiste nessun airdrop."),
]
VICTIM = [
 "Mi hanno truffato: ho mandato 0,8 ETH a un finto giveaway. Qualcuno sa se si possono recuperare?",
 "Ho collegato il wallet a un sito di airdrop e mi hanno svuotato tutto. Non so cosa fare.",
 "Il supporto di Vesta non risponde e il mio prelievo è bloccato da tre giorni. Capita anche a voi?",
]
HACKED = [
 "Il mio account è stato violato ieri sera. I post sulle criptovalute non li ho scritti io. Non inviate niente!",
 "Ci scusiamo: il profilo è stato compromesso per qualche ora e ha pubblicato un finto concorso in bitcoin. Abbiamo ripreso il controllo.",
 "Account hackerato, ora è tutto a posto. Qualsiasi messaggio su ETH o BTC di stanotte è falso.",
]
ORDINARY = [
 "Lasagne della domenica fatte. Ora tocca ai piatti.",
 "Che partita! Gol al 94' e curva in delirio.",
 "Finito il bilancio trimestrale, stasera pizza e divano.",
 "Provato il nuovo ramen in via dei Mille. Brodo spettacolare.",
 "Treno in ritardo di 40 minuti, come sempre.",
 "Lunedì iniziano le prove dello spettacolo, che emozione.",
 "Qualcuno ha consigli per il lievito madre? Il mio non cresce.",
 "Bellissima la corsa non competitiva di stamattina, grazie ai volontari!",
 "Nuova puntata del podcast: parliamo di affitti e di lavoro da remoto.",
 "Pioggia tutto il weekend, finalmente finisco il libro.",
 "Orgoglioso della squadra, la salvezza è vicina.",
 "Svuotando la cantina ho trovato tre caricabatterie misteriosi.",
]
QUOTE = [
 "Truffa. Non mandate nulla.",
 "Segnalato: giveaway falso, l'indirizzo non è nostro.",
 "Account chiaramente hackerato, attenzione.",
]

# Forme proprie di questo file.
SCAM += [
 ("fee", "Gentile utente, risulta a suo nome un rimborso per le vittime di piattaforme crypto fallite pari a 12.400 €. Per lo sblocco serve il versamento dei diritti di pratica (150 USDT) a {trx}."),
 ("double", "Ragazzi non ci credo, Elon ha aperto il wallet a chi lo segue dall'Italia 🇮🇹 quello che mandi lo raddoppia, l'ho appena fatto io. Ultimi minuti: {btc}"),
 ("mentor", "Gruppo Telegram VIP di segnali: +12% ogni giorno garantito, capitale protetto. Posti liberi solo 7. Entra subito {tg}"),
 ("phish", "Il tuo MetaMask verrà disattivato il 30/04 per mancato aggiornamento di sicurezza. Inserisci la frase di recupero per confermare la titolarità: {link}"),
 ("airdrop", "Hai un NFT omaggio in attesa 🎟️ Accesso VIP a vita all'evento di Milano. Per ritirarlo firma la transazione di claim su {dom}"),
 ("double", "Se mi mandi 0,3 ETH te ne rimando 0,6. Se mi mandi 3, te ne rimando 6. Chiudo alle 22:00, non scrivetemi dopo. {eth}"),
 ("uri", "Il QR non funziona? Copia questo link nel tuo wallet: {uri} (rimborso ×2 entro 10 minuti)"),
 ("dropaddr", "Festeggio il primo milione 🥂 Regalo 200 € in BTC ai primi 50 che commentano con il loro indirizzo. Non serve altro!"),
]
BENIGN += [
 ("question", "Mio padre ha ricevuto una chiamata da un \"consulente\" che promette il 12% al giorno con le criptovalute. Come glielo spiego che è una truffa?"),
 ("news", "Truffa del finto rimborso: i criminali chiedono 150 USDT di «diritti di pratica» per restituire soldi mai persi. Nel post segnalato l'indirizzo era {trx}."),
 ("exchange", "Vesta Exchange ricorda: non esiste alcun «airdrop Vesta». Gli unici annunci ufficiali sono nell'app. Non firmate transazioni da siti esterni."),
 ("tip", "Ho aperto un piccolo barattolo delle mance in ETH per il podcast: {eth}. Copre hosting e microfoni, niente di più. Grazie!"),
]
ORDINARY += [
 "Mia figlia alle 7 mi chiede perché il cielo è blu. Senza caffè niente fisica.",
 "Aggiornamento dall'orto: le zucchine hanno dichiarato guerra.",
 "Partita di Coppa martedì, biglietti finiti in 20 minuti.",
 "Tornato da due settimane in Sila. Niente campo, nessun rimpianto.",
 "Il coro fa il concerto di primavera sabato in parrocchia, venite!",
 "Un'ora persa su un foglio di calcolo ordinato per la colonna sbagliata.",
 "Prima grigliata dell'anno e ovviamente grandina.",
 "Consigli di lettura per un volo lungo? Niente gialli, ho già dato.",
]
