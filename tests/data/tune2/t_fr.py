"""Modèles en français, rédigés directement en français."""

T = {
    "a": [
        "N'envoyez RIEN à {addr} : c'est encore la fausse distribution de {celeb}. Ils promettent de renvoyer le double et ne renvoient jamais rien.",
        "Si un tweet vous dit « envoyez {amt} {coin}, recevez {amt2} {coin} en retour », c'est une arnaque. À chaque fois.",
        "Le site {scamdomain} n'a rien à voir avec {brand}. C'est un faux « direct » qui garde vos {coin}.",
        "Ma grand-mère a failli envoyer {amt} {coin} à {addr_short} parce qu'un « live » lui promettait le double. Parlez-en autour de vous.",
        "Aucun service sérieux ne vous demandera de « valider » ou de « synchroniser » votre portefeuille sur un site inconnu. C'est comme ça qu'on vide des wallets.",
        "Les comptes qui répondent « contactez cet expert, il m'a tout récupéré » sous chaque signalement font partie de la même arnaque.",
    ],
    "a_quote": [
        "Arnaque. Personne ne va doubler vos {coin}. Signalez le compte.",
        "Compte piraté, faux concours. Ne cliquez pas, n'envoyez rien.",
        "« Envoyez {amt}, recevez {amt2} » : la plus vieille arnaque du monde.",
    ],
    "b": [
        "Le compte de {victim} (@{victim_handle}) piraté : les attaquants ont publié « envoyez {amt} {coin}, recevez-en {amt2} ». L'adresse {addr} a reçu {total} {coin} en {n} transactions avant la suppression du message.",
        "INFO | Le compte de {victim} publie une fausse opération {coin} promettant de doubler les envois pendant {mins} minutes. Son équipe confirme un piratage.",
        "Selon les données de la blockchain, environ {n} victimes ont envoyé des {coin} à {addr_short}, l'adresse affichée sur le compte piraté de {victim}.",
    ],
    "c": [
        "Nouvelle série de domaines de faux concours (neutralisés) : {defanged} / {defanged2}. Même kit de « direct », mêmes mots : « x2 », « événement », « durée limitée ».",
        "Nous avons analysé {n} sites d'arnaque au concours crypto ce mois-ci : {pct} utilisaient « x2 » ou « event » dans le titre, {pct2} usurpaient l'identité de {celeb}.",
        "Fil 🧵 sur les drainers : la page demande de « connecter son portefeuille » pour réclamer un airdrop, puis une autorisation illimitée sur vos jetons. Exemples : {defanged}, {defanged2}.",
    ],
    "d": [
        "C'est vrai ça ? {scamlink} dit que {celeb} offre des {coin} et renvoie le double. Ça a l'air officiel mais bon…",
        "J'ai reçu un mail qui dit que je dois « valider » mon portefeuille sinon il sera suspendu : {scamlink}. Hameçonnage ?",
        "J'ai envoyé {amt} {coin} à l'adresse d'un « événement en direct » et rien n'est revenu. Je me suis fait avoir ? Je fais quoi ?",
        "Quelqu'un en MP me dit que j'ai gagné {usd} USDT mais qu'il faut payer des frais avant. C'est une arnaque, non ?",
    ],
    "e": [
        "Notre compte a été piraté ce matin. Ignorez la publication sur le concours crypto : ce n'était PAS nous. Nous avons récupéré l'accès.",
        "À tous ceux qui ont vu le « concours » {coin} : j'ai été piraté. N'envoyez rien. J'ai récupéré le compte et activé la double authentification.",
        "Toutes nos excuses. Un intrus a publié des messages demandant des {coin} contre le double. Nous ne vous demanderons jamais d'argent.",
    ],
    "e_other": [
        "Notre serveur Discord a été compromis pendant une heure. Ignorez tout lien de « mint surprise » : il n'y a pas de mint.",
    ],
    "f": [
        "Compétition de trading ouverte ! {usd} USDT de bons de trading à se partager. Inscription avant vendredi. Conditions : {link}",
        "Semaine des points doublés : chaque ordre au comptant rapporte deux fois plus de points de fidélité jusqu'à dimanche. {link}",
        "Staking flexible sur {coin} : rendement annuel jusqu'à {apy}, taux variable. En savoir plus : {link}",
    ],
    "g": [
        "{org} accepte désormais les dons en crypto pour {cause}. {coin} : {addr}. Chaque don figure dans notre rapport trimestriel. Merci !",
        "Nous avons déjà reçu {n} dons pour {cause}. Pour aider en {coin}, notre adresse : {addr}",
    ],
    "h": [
        "CONCOURS 🎉 À gagner : {prize} ! Pour participer : abonnez-vous, likez et retweetez. Tirage le {day}. Nous ne vous demanderons jamais de payer quoi que ce soit.",
        "{n} abonnés ! Pour fêter ça, on fait gagner {prize}. RT + mentionnez un ami. Sans achat, sans connexion de portefeuille.",
    ],
    "i": [
        "Le {coin} a doublé depuis le halving et certains disent encore qu'il est mort",
        "Le {coin} pourrait faire x2 d'ici si les flux vers les ETF continuent. Ou perdre {pct}. C'est le jeu.",
        "J'ai transféré {amt} {coin} sur mon cold wallet aujourd'hui, les frais étaient deux fois plus élevés que la semaine dernière.",
    ],
    "j": [
        "J'ai envoyé {usd} € à mon frère pour les places du concert, il m'en a renvoyé {usd2} parce qu'il avait aussi payé le resto 😂",
        "Virement de {usd} € à ma coloc pour la facture d'électricité. Réglé en deux secondes avec Lydia.",
    ],
    "k": [
        "Désolés pour ce désagrément. Envoyez-nous votre numéro de ticket en MP, nous allons vérifier. Nous ne vous demanderons jamais votre phrase de récupération.",
        "Bonjour, utilisez uniquement le chat de l'application. Les personnes qui proposent de « récupérer » vos fonds en réponse ne font pas partie de notre équipe.",
    ],
    "ord_person": [
        "Café, pluie et une liste de choses à faire interminable. Un {day} comme les autres.",
        "Enfin fini ce livre que tout le monde me recommandait. Ça valait le coup.",
        "Premier essai de {food} maison ce soir. 7/10, je recommencerai.",
        "La circulation à {city} aujourd'hui, c'était quelque chose.",
        "Mon chat m'a réveillé à 5 h du matin pour rien. Comme d'hab.",
        "Quelle fin de match hier soir 😮",
        "Programme du week-end : rien. Vraiment rien.",
    ],
    "ord_org": [
        "Fermeture exceptionnelle le {day} pour formation de l'équipe.",
        "Merci pour vos {n} avis ! On les lit tous.",
        "Le nouvel épisode est en ligne, lien en bio.",
        "Dernières places pour la date de {city}.",
        "On recrute ! Rejoignez notre équipe à {city}.",
    ],
    "s_double": [
        "Je veux rendre à la communauté. Tous les {coin} envoyés à l'adresse ci-dessous seront renvoyés en double ! Vous envoyez {amt} {coin}, je vous renvoie {amt2} {coin}. Pendant {mins} minutes seulement.\n\n{addr}",
        "Événement spécial ! Envoyez entre {amt_min} et {amt} {coin} à {addr} et recevez le double instantanément. Places limitées.",
        "Pendant l'heure qui vient, je renvoie x2 chaque {coin} envoyé à cette adresse. Minimum {amt_min} {coin}.\n{addr}",
    ],
    "s_live": [
        "🔴 EN DIRECT : événement {coin} avec {celeb}. {usd2} {coin} à gagner. Participez ici : {scamlink}",
        "{brand} distribue des {coin} pendant le direct ! Rejoignez-nous avant la fin 👉 {scamlink}",
    ],
    "s_mint": [
        "Mint gratuit surprise ! Réservé aux {n} premiers portefeuilles. Connectez votre wallet et réclamez : {scamlink}",
        "L'airdrop {project} est disponible ! Vérifiez votre éligibilité et connectez votre portefeuille ici 👉 {scamlink}",
    ],
    "s_kyc": [
        "Votre portefeuille doit être vérifié. Pour éviter sa suspension, validez-le sous 24 heures : {scamlink}",
        "Cher client, votre compte est restreint pour KYC incomplet. Finalisez la vérification pour débloquer vos retraits : {scamlink}",
    ],
    "s_recovery": [
        "Désolé pour vous. Moi aussi je me suis fait arnaquer et {contact} m'a aidé à tout récupérer en 48 h. Contactez-les.",
        "Vous pouvez encore récupérer vos {coin}. Contactez {contact}, ce sont des experts certifiés en récupération de cryptos.",
    ],
    "s_drop": [
        "J'envoie {amt} {coin} à {n} personnes au hasard dans les prochaines 24 h 🎁 Laissez l'adresse de votre portefeuille en dessous 👇",
        "Mettez votre adresse {coin} en commentaire, j'envoie {amt} {coin} aux {n} premiers. Ensuite envoyez {amt_min} pour confirmer 🙏",
    ],
    "s_fee": [
        "Félicitations ! Votre portefeuille a été sélectionné pour recevoir {usd} USDT. Pour retirer, réglez la taxe de {fee} USDT à {addr}.",
        "Votre retrait de {usd} USDT est prêt. Une taxe unique de {fee} USDT doit d'abord être payée. Contactez {contact}.",
    ],
    "s_testi": [
        "Je viens de recevoir {amt2} {coin} de l'événement {celeb} !! J'avais envoyé {amt}. C'est réel : {scamlink}",
        "Grâce à {contact} j'ai gagné {usd} € en une semaine. Écrivez-lui !",
    ],
    "s_addr": ["{addr}", "{coin} : {addr}", "{addr}\nx2 🔥 vite !"],
    "s_uri": ["Scannez ou touchez pour participer 👉 {uri}", "Envoyez ici et recevez le double : {uri}"],
}

LISTS = {
    "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "city": ["Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Montréal", "Bruxelles", "Genève"],
    "food": ["pain au levain", "quiche", "crêpes", "ratatouille", "tarte aux pommes"],
    "prize": ["un maillot dédicacé", "un portefeuille matériel", "deux places de concert", "un des 5 NFT de la collection",
              "une carte cadeau de 50 €"],
    "cause": ["les sinistrés des inondations", "la rénovation de l'école du village", "le refuge pour animaux",
              "l'épicerie solidaire"],
    "org": ["Association Main Tendue", "Refuge des Quatre Pattes", "Fonds Solidarité Loire"],
    "exchange": ["Coinhouse", "Binance", "Kraken", "Bitpanda"],
}

ACCOUNTS = {
    "news": [("lejournalducoin_", "Le Journal du Coin"), ("cybermag_fr", "CyberMag")],
    "research": [("veille_phishing", "Veille Phishing"), ("camille_osint", "Camille | OSINT")],
    "exchange": [("coinhouse_offres", "Coinhouse Offres")],
    "support": [("CoinhouseAide", "Coinhouse Aide")],
    "charity": [("maintendue_asso", "Association Main Tendue")],
    "project": [("atelier_pixel_fr", "Atelier Pixel")],
    "user": [("claire_dlx", "Claire D."), ("nico_hodl", "Nico"), ("sophie_et_moka", "Sophie"),
             ("julien_dca", "Julien")],
}

FAMOUS = [
    ("lucasmoreau_off", "Lucas Moreau", "person", False),
    ("OlympiqueRiviera", "Olympique Riviera", "org", False),
    ("chefbrunolacaze", "Bruno Lacaze, chef", "person", False),
]

SCAMMERS = [
    ("concours_btc_officiel", "Concours BTC Officiel"), ("support_ledger_fr", "Ledger Support"),
    ("recuperation_crypto", "Récupération Crypto"), ("elon_direct_fr", "Elon Musk"),
    ("cadeaux_usdt", "Cadeaux USDT 🎁"), ("manon_trading", "Manon ✨ trading"),
]
