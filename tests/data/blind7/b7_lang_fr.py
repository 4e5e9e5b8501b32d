# Français.
ORGS = [("Le Bloc Hebdo", "news"), ("Journal du Coin Libre", "journalist"), ("Valtora France", "exchange"),
        ("Brixa Exchange", "exchange"), ("Bouclier Numérique", "security"), ("Brigade Cyber Lyon", "police"),
        ("Projet Moraine", "project"), ("Association Main Tendue", "charity"), ("Claire Dumas, journaliste crypto", "journalist")]
FIRST = ["Julien", "Camille", "Mathilde", "Hugo", "Inès", "Antoine", "Sophie"]
LAST = ["Lefèvre", "Moreau", "Girard", "Bonnet", "Rousseau", "Fontaine"]
SUPPORT_NAME = "Assistance {b} France"
MENTORS = ["Élodie Martin | Coach Crypto", "Nicolas Bernard Patrimoine", "Chloé 💎 Liberté Financière"]
HIJ_C = ["Maxime Aubert Analyse", "Léa Garnier NFT"]
HIJ_N = ["Bistrot Chez Odette", "Théâtre des Tilleuls"]

SCAM = [
    ("double", "Je veux rendre à la communauté ce qu'elle m'a donné 🙏 Pendant l'heure qui vient, chaque {COIN} envoyé à l'adresse ci-dessous vous revient en double. Vous envoyez {X}, vous recevez {X2}.\n\n{ADDR}"),
    ("double", "{BRAND} fête son anniversaire avec un événement exceptionnel ! Minimum {MIN} {COIN}, maximum {MAX} {COIN}, remboursé x2 automatiquement. Paiement : {URI}"),
    ("double", "Les 300 premiers à envoyer des {COIN} sur {ADDR} reçoivent le double immédiatement. Ce n'est pas une blague, c'est ma façon de dire merci."),
    ("double", "🔴 EN DIRECT avec {CELEB} : scannez le QR code du live, envoyez le montant de votre choix en {COIN} et le contrat vous renvoie le double. Seulement pendant le direct 👉 {LIVE}"),
    ("double", "J'offre 2 000 {COIN} à mes abonnés. Envoyez {X} et je vous renvoie {X2} à la même adresse. Vérifiez vous-mêmes les paiements : {EXPL}"),
    ("double", "Le tirage officiel {BRAND} est ouvert. Participez avant la fin des stocks : {URL}"),
    ("double", "petite surprise pour vous 👀 tout ce que vous envoyez, je le double, pendant 2 h seulement {URL}"),
    ("double", "merci pour cette année incroyable !! je rends le double de chaque envoi en {COIN} jusqu'à minuit\n{ADDR}\ndéjà plus de 200 personnes payées 🙌"),
    ("presale", "Prévente du jeton $FUSEE soutenue par {CELEB}. Prix de la phase 1 : x50 garanti à la cotation. Portefeuilles en liste blanche uniquement : {PRE}"),
    ("drainer", "🪂 L'airdrop ${TOKEN} saison 2 est ouvert ! Réclamez sous {HOURS} heures, sinon les jetons seront brûlés : {DRAIN}"),
    ("drainer", "Snapshot effectué ✅ Vérifiez votre allocation ${TOKEN} et réclamez-la ici 👉 {DRAIN} connectez le wallet, signez, c'est fini"),
    ("drainer", "Mint gratuit pour les 1 500 premiers portefeuilles. Les détenteurs {DBRAND} en reçoivent 2 de plus. Ça ferme bientôt {DRAIN}"),
    ("drop", "J'offre {X} {COIN} à {N} personnes tirées au sort 🎁 Laissez votre adresse {COIN} en commentaire et retweetez. Résultats dans {HOURS} h"),
    ("fee", "Félicitations aux gagnants ! Pour débloquer votre gain, envoyez les frais d'activation réseau de {FEE} {COIN} à {ADDR}. Réception sous 10 minutes."),
    ("support", "{USER} Bonjour, nous sommes désolés pour le souci avec votre portefeuille. Merci de remplir le formulaire sécurisé pour qu'un technicien le synchronise : {SUP}"),
    ("support", "{USER} C'est une erreur de synchronisation du nœud, ça se règle. Contactez notre assistance sur Telegram {TG} avec votre numéro de ticket, ne partagez rien en public."),
    ("recovery", "Victime d'une fausse plateforme ? Notre cabinet agréé récupère vos cryptos. Aucun frais à l'avance. Ouvrez votre dossier : {REC}"),
    ("tax", "Votre retrait de {X} {COIN} est validé mais bloqué. Selon la nouvelle réglementation, une taxe de {PCT} doit être réglée avant le déblocage. Envoyez-la à {ADDR}."),
    ("tax", "🏆 Vous avez été tiré au sort pour l'anniversaire de {BRAND} ! Gain : {X} {COIN}. Pour le recevoir, réglez les frais de dossier de {FEE} {COIN} à {ADDR} sous 24 h."),
    ("mentor", "Je suis passé de 500 € à 14 300 € en un mois grâce à la méthode que j'enseigne. Aucune expérience requise. Plus que 4 places, écrivez-moi sur WhatsApp {WA}"),
    ("mentor", "Bonjour ma belle, tu investis encore seule ? Ma mentore m'a appris à faire {PCT} par semaine sur le {COIN}. Je te la présente si tu veux, écris-moi en MP 🌹"),
    ("testimonial", "Un immense merci à {TG} qui a récupéré mes USDT volés, je n'y croyais plus. Si vous vous êtes fait arnaquer, contactez-les, ils sont sérieux 💯"),
    ("testimonial", "J'étais sceptique mais les signaux d'Élodie ont changé ma vie. J'ai retiré 11 000 € de gains hier. Son numéro : {PHONE} 🙏"),
]

BENIGN = [
    ("news", "Des comptes certifiés ont été piratés ce matin pour promouvoir un faux « doublement de {COIN} ». L'adresse utilisée, {ADDR}, a reçu environ {SMALL} virements avant le blocage. {NEWSURL}"),
    ("news", "De faux sites d'airdrop imitant {DBRAND} ont vidé des portefeuilles cette semaine. Le domaine frauduleux ({DEFDOM}) demandait de signer une autorisation de jetons."),
    ("police", "⚠️ Nous recevons des signalements de messages « envoyez des cryptos, recevez le double ». Aucune entreprise ni célébrité ne double votre argent. Portez plainte en citant la référence {CASE}."),
    ("warning", "Rappel de {EX} : nous ne vous contacterons jamais en premier en privé, ne demanderons jamais votre phrase de récupération et jamais de « valider » votre portefeuille sur un site."),
    ("warning", "Attention : un faux compte d'assistance {SUPB} répond aux personnes qui se plaignent de transactions bloquées. La vraie assistance ne demande jamais votre phrase secrète."),
    ("victim", "c'est vrai ça ?? un compte que je suis vient de poster : « {PASTE} »"),
    ("victim", "J'ai reçu ça en réponse, compte certifié en plus… arnaque ou pas ? « {PASTE} »"),
    ("relative", "Comment expliquer à ma grand-mère que la vidéo d'Elon qui demande des bitcoins pour les doubler est une arnaque ? Elle dit que c'est en direct donc c'est vrai 😩"),
    ("joke", "envoie-moi 1 BTC et je t'en renvoie 2*\n\n*à la saint-glinglin"),
    ("joke", "mon portefeuille fait déjà l'inverse de l'arnaque au doublement, et gratuitement"),
    ("donation", "Notre collecte pour les sinistrés des inondations accepte désormais les cryptos. Bitcoin : {BTC}\nEthereum : {ETH}\nChaque don figure dans notre rapport mensuel."),
    ("promo", "Semaine du trading chez {EX} : frais maker à zéro sur les paires {TICK} jusqu'à dimanche et {N} USDT à partager entre les 50 meilleurs. Règlement : {EXURL}"),
    ("airdrop", "L'airdrop communautaire de {PROJ} est ouvert aux premiers utilisateurs. Vérifiez votre éligibilité UNIQUEMENT sur le site officiel {PURL}. Aucun lien ne sera envoyé en MP."),
    ("whitelist", "On ajoute 100 membres de la communauté à l'allowlist {PROJ} 🎟 Laissez votre adresse publique (jamais votre phrase secrète !) et dites-nous ce que vous avez construit."),
    ("giveaway", "Petit concours pour les 10 k : 3 personnes gagnent 20 € en {TICK}. Like + réponse avec votre outil préféré. Je demanderai seulement une adresse en MP."),
    ("price", "{TICK} tient les {P} en daily. Si le range casse, mon objectif x2 est à {P2}. Stop sous {PLOW}. Pas un conseil financier."),
    ("price", "Réclamer un x2 sur {TICK} après {PCT} de hausse, c'est exactement comme ça qu'on fait un sommet. Je prends quelques bénéfices."),
    ("tipjar", "Si mes fils vous aident, les pourboires sont bienvenus mais jamais obligatoires 🙏 {ETH}"),
    ("friends", "{FRIEND} m'a remboursé le resto en {COIN} au lieu de Lydia, les frais étaient plus bas que le pourboire mdr"),
    ("dev", "Le contrat {PROJ} v2 est déployé et vérifié : {CA}\nL'audit est dans la doc. Vérifiez l'adresse sur notre site avant toute interaction."),
    ("ordinary", "Encore une double journée. Rappelez-moi de réclamer mes notes de frais et d'envoyer le mail aux RH"),
    ("complaint", "Mon portefeuille affiche « en attente » depuis deux heures. Quelqu'un d'autre ?"),
    ("research", "Nous avons étudié 1 200 adresses d'arnaques au doublement ce trimestre : la plupart déplacent les fonds en moins de 15 minutes. Rapport : {NEWSURL}"),
]

HIST_C = [
    "{TICK} reprend les {P} en hebdo. Il faut une clôture au-dessus pour confirmer. Je surveille le volume.",
    "Nouvelle œuvre mintée ce soir, édition ouverte 48 h à 0,01 ETH. Merci aux collectionneurs 🖤 {PURL}",
    "Pourboire on-chain envoyé à mon analyste préféré. Pour m'offrir un café : {ETH}",
    "Funding neutre, open interest en hausse. Semaine agitée en vue.",
    "Petit fil pour repérer les drainers : ne signez jamais ce que vous ne comprenez pas.",
    "J'ai vendu un peu de {TICK} à {P}. Pas un top, juste un rééquilibrage.",
]
HIST_N = [
    "Blanquette du dimanche, cuisine dévastée, aucun regret.",
    "Merci à toutes celles et ceux venus hier soir, quelle ambiance 💙",
    "Nouvelle recette sur le blog : poulet citron-thym en moins de 40 minutes.",
    "En déplacement cette semaine, je réponds avec du retard. Prenez soin de vous.",
    "Je suis le seul à trouver la fin de la série bâclée ?",
    "Bonne répétition ce matin. Première vendredi, on a hâte !",
]
HACKED = [
    "Le compte est de nouveau sous contrôle. Il a été piraté hier et a publié un concours crypto. Ce n'était PAS nous. N'envoyez rien et signalez les messages.",
    "Désolé à tous : quelqu'un a pris mon compte et publié une arnaque au bitcoin. Mot de passe changé, double authentification réactivée. Si vous avez envoyé de l'argent, portez plainte.",
]
QUOTE = [
    "C'est une arnaque. Personne ne double vos cryptos. Signalez et bloquez.",
    "Compte piraté, n'envoyez rien à cette adresse.",
    "Attention, faux concours. Si vous avez envoyé des fonds, gardez le hash de la transaction et portez plainte.",
]
