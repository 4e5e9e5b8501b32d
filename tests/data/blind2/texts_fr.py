# French texts for blind2 (hand-written)
DEC, THOU = ",", "\u202f"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Camille", "camille"), ("Julien", "julien"), ("Élodie", "elodie"), ("Mathieu", "mathieu"),
         ("Inès", "ines"), ("Bastien", "bastien"), ("Chloé", "chloe"), ("Yanis", "yanis"), ("Manon", "manon"),
         ("Olivier", "olivier")]
LAST = [("Lefèvre", "lefevre"), ("Girard", "girard"), ("Moreau", "moreau"), ("Fontaine", "fontaine"),
        ("Rousseau", "rousseau"), ("Benali", "benali"), ("Marchand", "marchand"), ("Perrin", "perrin")]
ORGS = [("Crypto Hebdo", "cryptohebdo"), ("Vigie Arnaques", "vigiearnaques"), ("Le Bloc Info", "leblocinfo")]
CITIES = ["Paris", "Lyon", "Bruxelles", "Genève", "Montréal", "Marseille"]
HIST = [[
    "Dimanche pluvieux, pot-au-feu qui mijote depuis ce matin. Parfait.",
    "Quel match ! On a souffert jusqu'à la 90e mais la victoire est là.",
    "Nouvel article sur le blog : mes adresses préférées à Lyon pour un brunch.",
    "Vous avez des idées de série pour ce week-end ? J'ai tout fini.",
    "Merci à toutes et à tous d'être venus à la dédicace samedi. Émue.",
    "La boutique sera fermée lundi pour inventaire. Réouverture mardi.",
    "Coucher de soleil sur la Loire ce soir. Aucun filtre.",
    "Je serai sur France Culture demain à 8h pour parler d'urbanisme.",
    "Répétition générale terminée. Première vendredi, il reste quelques places !",
    "Mon chat a décidé que mon clavier était un lit. Je télétravaille donc sur le canapé.",
    "Photo de l'équipe après l'entraînement. Ces gamins me rendent fier.",
    "Le podcast revient en janvier avec une nouvelle saison, promis.",
    "Recette express : une vraie quiche lorraine, sans fromage. Oui, sans.",
    "Dix ans aujourd'hui depuis notre tout premier concert. Merci pour tout.",
]]

SCAM = {
    "doubling": [
        "Je veux rendre quelque chose à la communauté 🙏 Tout {coin} envoyé à l'adresse ci-dessous vous sera renvoyé en double. Seulement pendant {mins} minutes.\n{addr}",
        "Vous envoyez {min} {coin}, vous recevez le double. Maximum {max} {coin}. Fin dans {mins} min 👉 {addr}",
        "C'est sérieux : chaque {coin} reçu sur {addr} est renvoyé x2. Des dizaines de personnes ont déjà été payées cet après-midi.",
        "Pour fêter l'anniversaire de {company}, on vous rend votre montant + 100 %. Minimum {min} {coin}. Adresse : {addr}",
        "Offre triple ! Envoyez du {coin} à {addr} et recevez trois fois plus sous 20 minutes. Places limitées.",
    ],
    "tiers": [
        "🔥 ÉVÉNEMENT {coin} x2 🔥\n{tiers}\nAdresse officielle : {addr}\nFin dans {mins} minutes",
        "Le principe est simple :\n{tiers}\nEnvoyez à {addr}, le paiement est automatique.",
        "Grille des gains du giveaway de {name} :\n{tiers}\n{addr}",
    ],
    "paid_list": [
        "Paiements déjà envoyés ✅ Merci à tous !\n{paid}\nEncore ouvert {mins} minutes : {addr}",
        "Pour ceux qui doutaient, voici les preuves 👇\n{paid}\nProchaine tournée : {addr} (minimum {min} {coin})",
        "Dernières confirmations :\n{paid}\nÀ vous → {addr}",
    ],
    "link_event": [
        "🔴 EN DIRECT : {name} distribue des {coin} pendant le live avec {company}. Participez ici : {link}",
        "Nous venons de lancer l'événement officiel {company} : chaque participant reçoit le double. {link}",
        "Scannez le QR code du live ou rendez-vous sur {link} pour participer au giveaway de {name} et {brand}.",
        "Vous avez raté le live ? La page du giveaway reste en ligne encore {mins} minutes : {link}",
    ],
    "drainer": [
        "🪂 L'airdrop {project} est ouvert ! Réclamez vos {token} ici : {link}. Les jetons non réclamés seront brûlés dans {hours} h.",
        "Vous avez des récompenses {token} non réclamées. Connectez votre portefeuille avant la clôture : {link}",
        "Mint gratuit {project} pour les {n} premiers portefeuilles. Seulement les frais de gas : {link}",
        "Dernières heures pour l'airdrop rétroactif de {project}. Vérifiez votre wallet sur {link}",
    ],
    "validate": [
        "⚠️ Avis aux utilisateurs {brand} : les portefeuilles non validés d'ici vendredi seront suspendus. Validez ici : {link}",
        "Suite à une mise à jour du réseau, tous les portefeuilles {brand} doivent être synchronisés. Rendez-vous sur {link} et saisissez vos 12 mots de récupération.",
        "Votre portefeuille {brand} doit être migré vers le nouveau contrat. C'est gratuit et ça prend deux minutes : {link}",
        "Activité inhabituelle détectée. Confirmez que vous êtes bien le titulaire sur {link} sous {hours} heures.",
    ],
    "drop_address": [
        "🎁 Je fais gagner {n} {coin} à mes abonnés ! Like, RT et laissez votre adresse de wallet en commentaire 👇 Les gagnants règlent des frais d'activation de {fee} à {feeaddr}",
        "Mettez votre adresse en réponse et je vous envoie des {coin}. Il me faut juste {fee} pour le gas, à envoyer ici : {feeaddr}",
        "Commentez votre wallet 👇 Les {n} premiers reçoivent 500 €. Pour débloquer le gain, frais de vérification de {fee}.",
        "Qui veut des {coin} gratuits ? Répondez avec votre adresse. L'activation coûte {fee}.",
    ],
    "recovery": [
        "Désolé pour vous. J'ai récupéré mes {coin} volés grâce à {handle}, ils sont fiables et rapides.",
        "La même chose est arrivée à mon frère. Contactez {tg}, ils ont retracé les fonds et tout récupéré en 48 h.",
        "N'abandonnez pas ! Des experts savent tracer la blockchain. J'ai contacté {handle} sur WhatsApp : {wa}",
        "C'est récupérable. Appelez ou écrivez à ce spécialiste : {phone}. Il m'a aidé quand j'ai perdu 2 {coin}.",
    ],
    "support": [
        "Bonjour, toutes nos excuses pour la gêne occasionnée. Merci de contacter notre équipe via {handle} afin que nous réglions votre problème.",
        "Nous sommes désolés. Veuillez remplir ce formulaire pour être pris en charge par un conseiller : {link}",
        "Bonjour, votre souci se règle vite. Rendez-vous sur notre centre d'aide {link} et communiquez les informations de votre wallet à l'agent.",
        "Votre dossier a été transmis. Envoyez un MP à {handle} avec votre adresse et le problème rencontré.",
    ],
    "mentor": [
        "Vous perdez encore de l'argent en tradant seul ? J'ai aidé plus de 300 personnes à gagner {pct} % par semaine. Résultats garantis. Écrivez-moi : {tg}",
        "J'ai commencé avec 500 € et je gagne maintenant 4 000 € par semaine grâce à ma mentore. Son WhatsApp : {wa}",
        "Je cherche 5 personnes motivées pour mon groupe d'investissement privé. Dépôt minimum {min} {coin}, {pct} % de rendement hebdomadaire, zéro risque. {tg}",
        "Envie de revenus passifs avec la crypto ? Je vous accompagne personnellement. Profits garantis. {handle}",
    ],
}

NEG = {
    "news_quote": [
        "Plusieurs comptes certifiés piratés cette nuit publient « envoyez du {coin}, je vous rends le double » avec l'adresse {saddr}. N'envoyez rien.",
        "Les faux lives de {name} sont de retour, cette fois pour promouvoir {sdomain}. On vous demande d'envoyer des cryptos d'abord : c'est une arnaque.",
        "Selon la police, les victimes ont perdu plus de 2 millions d'euros via de faux concours sur des sites clonés comme {sdomain}.",
        "Notre analyse de l'adresse citée dans les messages piratés ({saddr}) montre environ {n} virements entrants avant qu'elle ne soit vidée.",
    ],
    "warning": [
        "{brand} ne vous demandera JAMAIS d'envoyer des cryptos pour en recevoir davantage. Aucun giveaway en cours. {sdomain} n'est pas notre site.",
        "Alerte sécurité : le seul domaine officiel de {brand} est {odomain}. Des pages comme {sdomain} relèvent du phishing. Ne saisissez jamais votre phrase de récupération.",
        "Rappel : notre support ne vous contactera jamais en premier par MP et ne vous demandera jamais vos 12 mots.",
        "Attention ⚠️ de fausses vidéos de {name} offrant des {coin} circulent. Quiconque dit « envoyez 1, recevez 2 » vous vole.",
    ],
    "victim_ask": [
        "J'ai vu un live de {name} qui dit doubler tout {coin} envoyé. C'est vrai ou pas ? Le site c'est {sdomain}",
        "Quelqu'un sait si {sdomain} est fiable ? Il m'annonce des {token} à réclamer et me demande de connecter mon wallet.",
        "J'ai envoyé 0,3 {coin} à une adresse de concours et je n'ai rien reçu. Je me suis fait avoir ? 😞",
    ],
    "complaint": [
        "{bhandle} mon retrait est en attente depuis trois jours et personne ne répond. Que se passe-t-il ?",
        "Bonjour {bhandle}, depuis la mise à jour je ne peux plus me connecter et mon solde {coin} affiche zéro. Aidez-moi svp.",
        "Le support de {brand} est catastrophique. Ticket ouvert depuis une semaine, aucune réponse.",
    ],
    "reply_scam": [
        "C'est une arnaque. Personne ne double vos cryptos. Signalez et bloquez.",
        "N'envoyez rien ! {name} ne fait pas de giveaway, ce compte a été piraté.",
        "Les « experts en récupération » dans les réponses sont aussi des escrocs. Ne les payez pas.",
        "Le support officiel de {brand} est uniquement sur {odomain}. Tout le reste ici est faux.",
    ],
    "hacked_notice": [
        "Mon compte a été piraté cet après-midi. Ignorez tout message sur les cryptos, ce n'était pas moi. J'ai récupéré l'accès.",
        "Nous avons été compromis pendant environ une heure. Ces giveaways n'étaient PAS les nôtres. Si vous avez envoyé quelque chose, prévenez votre plateforme. Vraiment désolés.",
        "Compte récupéré. Quelqu'un s'y est introduit et a publié une arnaque crypto. N'envoyez d'argent à personne se faisant passer pour moi.",
    ],
    "donation": [
        "Le refuge accepte désormais les dons en crypto ! {bcoin} : {addr} Chaque don aide à payer le vétérinaire 🐾",
        "Si vous aimez {project} et voulez soutenir son développement, les dons en {bcoin} sont bienvenus : {addr}. Merci !",
        "Cagnotte pour les sinistrés des inondations : {addr} ({bcoin}). Tous les mouvements seront publiés.",
    ],
    "exchange_promo": [
        "Bonus d'hiver : {pct} % de crédit en plus sur votre premier dépôt. Conditions sur {olink}",
        "Nouveau chez {brand} : zéro frais sur les paires {coin} jusqu'à la fin du mois. Détails : {olink}",
        "Parrainez un ami et recevez chacun 20 € en {coin} après son premier échange. Voir conditions sur {olink}",
    ],
    "legit_giveaway": [
        "🎉 CONCOURS : {n} portefeuilles matériels {brand} à gagner ! Suivez-nous et RT pour participer. Nous ne demanderons jamais aucun paiement.",
        "Pour fêter le million d'utilisateurs, on fait gagner {n} sweats. Like et RT, c'est tout. Règlement : {olink}",
        "Concours de Noël 🎁 Répondez avec votre meilleur mème {coin}. {n} gagnants reçoivent des goodies. Pas d'adresse, pas de MP.",
    ],
    "official_airdrop": [
        "L'airdrop communautaire de {proj} est lancé. Vérifiez votre éligibilité uniquement sur {pdomain}. Nous ne vous écrirons jamais en MP.",
        "La réclamation des {token} ouvre aujourd'hui à 14 h UTC sur notre site officiel : {olink}. Méfiez-vous des fausses pages dans les réponses.",
    ],
    "price_talk": [
        "Le {coin} a doublé depuis son plus bas de l'été. Toujours trop tard selon vous ?",
        "Un levier x2 sur le {coin}, c'est déjà mon maximum. Au-delà, c'est du casino.",
        "Chaque nouveau token promet un x{x}. La plupart finissent à zéro. Prudence.",
    ],
    "yield": [
        "Je fais du staking de {coin} à {apy} % APY sur {brand}. Pas énorme, mais mieux que le livret A.",
        "Un rendement « garanti » de 20 % ou plus, c'est un signal d'alarme. Le vrai staking tourne autour de {apy} %.",
    ],
    "release_notes": [
        "{brand} v{ver} est disponible : synchronisation plus rapide et bandeau d'alerte pour les domaines de phishing connus.",
        "Version {ver} : vous pouvez désormais simuler une transaction avant de la signer.",
    ],
    "conference": [
        "Rendez-vous à {city} ! La billetterie du sommet sécurité crypto est ouverte, {n} conférences sur la fraude. {olink}",
        "Nous intervenons à la semaine blockchain de {city} sur les faux giveaways et comment les repérer.",
    ],
    "meme": [
        "moi : je regarde juste le cours du {coin} vite fait\nmoi à 3 h du matin : 📉📈📉",
        "« envoie 1 {coin}, reçois-en 2 » frère, si ça marchait je me l'enverrais à moi-même",
    ],
}
