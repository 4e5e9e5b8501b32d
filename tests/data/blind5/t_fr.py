# Modèles en français, rédigés directement en français.
LANG = "fr"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Camille", "camille"), ("Théo", "theo"), ("Élodie", "elodie"), ("Bastien", "bastien"), ("Manon", "manon"),
         ("Yanis", "yanis"), ("Chloé", "chloe"), ("Guillaume", "guillaume"), ("Inès", "ines"), ("Hugo", "hugo")]
LAST = [("Marchetti", "marchetti"), ("Delaunay", "delaunay"), ("Perrin", "perrin"), ("Lefebvre", "lefebvre"),
        ("Garnier", "garnier"), ("Benali", "benali"), ("Rousseau", "rousseau"), ("Morvan", "morvan")]
ORGS = {"news": ("La Vigie Numérique", "LaVigieNum"), "research": ("Cellule Veille Crypto", "veille_crypto"),
        "exchange": ("Nordis Échange", "NordisEchange"), "charity": ("Les Restos du Cœur de Quimperlé (fictif)", "RestosQuimp"),
        "brand": ("Boulangerie Les Deux Moulins", "deuxmoulins")}

SCAM = [
 ("double", "Opération remerciement 🙏 Pendant une heure, chaque BTC reçu sur {btc} vous est renvoyé en double. 0,1 envoyé = 0,2 reçu."),
 ("double", "Nouveau record historique ! Pour fêter ça, tous les dépôts en ETH sont doublés (de 0,2 à 50 ETH). Adresse de participation : {eth}"),
 ("double", "Pas de piège : tout ce qui arrive sur {btc} avant minuit repart en double vers l'adresse d'origine. Aucune inscription."),
 ("double", "BTC × 2 — en cours\n0,1 → 0,2\n0,5 → 1\n1 → 2\n5 → 10\nAdresse : {btc}\nFin dans 45 min"),
 ("double", "Barème du jour :\n— moins de 1 ETH : +100 %\n— entre 1 et 5 ETH : +150 %\n— au-delà : +200 %\nEnvoi vers {eth}, bonus versé dans la foulée."),
 ("double", 'Combien voulez-vous recevoir ? Envoyez-en la moitié à {sol} 😉 le système renvoie le double automatiquement. Places limitées.'),
 ("double", "Tesla redistribue une partie de sa trésorerie bitcoin : envoyez entre 0,05 et 20 BTC, recevez le triple. {btc}"),
 ("double", "Promo USDT (réseau TRON) : tout envoi sur {trx} est remboursé en double. Déjà plus de 1 200 participants payés."),
 ("event", "En direct maintenant avec Michael Saylor 🎥 5 000 BTC distribués pendant l'émission. Pour participer : {link}"),
 ("event", "Événement officiel de la Fondation Ethereum : 100 000 ETH pour les utilisateurs actifs. Inscription : {link}"),
 ("event", "Émission spéciale depuis Austin : Elon répond à vos questions et distribue des BTC aux connectés. Lien de l'événement sur {dom} ⏱️"),
 ("airdrop", "La saison 2 de l'airdrop est ouverte ! Vérifiez l'éligibilité de votre portefeuille et réclamez vos jetons avant le snapshot : {link}"),
 ("airdrop", "Mint gratuit en cours 🔥 3 333 pass seulement, vous ne payez que le gas. Connectez votre wallet : {link}"),
 ("airdrop", 'Dernier appel 📣 les jetons non réclamés seront brûlés vendredi. Signez la transaction de réclamation depuis votre wallet : {link}'),
 ("airdrop", "Petit cadeau pour les premiers soutiens 🪂 regardez si vous êtes éligible sur {dom}"),
 ("phish", "IMPORTANT : suite à la mise à jour du réseau, chaque portefeuille doit être validé. Les portefeuilles non validés seront gelés. Validation : {link}"),
 ("phish", 'Activité inhabituelle détectée sur votre portefeuille. Pour éviter le blocage, saisissez vos 12 mots de récupération dans le formulaire sécurisé : {link}'),
 ("phish", "Clients Ledger : la migration KYC est obligatoire avant le 15 avril pour sécuriser vos fonds. {link}"),
 ("recovery", "Je suis vraiment désolé pour vous. J'ai perdu 3 ETH de la même manière et {handle} m'a tout récupéré en 48 h. Contactez-les, ils sont sérieux."),
 ("recovery", "Il existe un hacker éthique qui travaille avec la police pour récupérer les cryptos volées, il m'a sauvé. Cherchez {handle}, il répond vite."),
 ("recovery", "Ma cousine a vécu exactement la même chose. Elle a écrit à {mail} et a récupéré ses USDT en deux jours. Essayez !"),
 ("support", "Bonjour, nous sommes désolés pour la gêne occasionnée. Merci d'ouvrir un ticket auprès de notre service client, un conseiller vous répondra : {link}"),
 ("support", "Bonjour, service réclamations. Envoyez un e-mail à {mail} avec l'identifiant de la transaction, nous réglons cela aujourd'hui."),
 ("dropaddr", "CONCOURS 💸 J'envoie 0,5 ETH à 10 personnes tirées au sort. Laissez votre adresse de wallet en commentaire et likez !"),
 ("dropaddr", 'Qui veut des USDT gratuits ? 🙋 Donnez votre adresse TRC20 en réponse, ceux qui font le plus de RT reçoivent 300 USDT ce soir.'),
 ("fee", "Félicitations ! Votre portefeuille a gagné 2,5 BTC à notre loterie anniversaire. Pour débloquer le gain, réglez d'abord 0,02 BTC de frais de réseau à {btc}."),
 ("fee", "Votre retrait de 48 300 € est prêt. Payez la taxe de retrait de 5 % à {trx} pour débloquer votre solde."),
 ("fee", "Vous pouvez recevoir 15 000 USDT. Il suffit de couvrir le gas (0,03 ETH) à l'adresse {eth} et le virement part aussitôt."),
 ("testimonial", "Je viens de vérifier sur l'explorateur : envoyé 2 000 USDT, reçu 4 000. C'est sérieux 😳 {trx}"),
 ("testimonial", "J'étais sceptique, j'ai testé avec 0,05 BTC et j'ai reçu 0,1 BTC. C'est réel. Encore ouvert : {btc}"),
 ("uri", "Participez directement depuis votre application de portefeuille 👇\n{uri}\nChaque paiement est renvoyé x2."),
 ("uri", "Les preuves sont publiques : {explorer_btc}\nEnvoyez à la même adresse, recevez le double : {btc_split}"),
 ("mentor", "Mon conseiller m'a fait +28 % en un mois sans que je touche à rien. Vous voulez son contact ? Écrivez « INFO » en MP 💼"),
 ("mentor", "Placez 300 € et touchez 4 500 € en 7 jours. Rendement garanti, je gère votre compte moi-même. WhatsApp : {wa}"),
]

BENIGN = [
 ("news", "Selon les enquêteurs, un faux direct promettant de « doubler tout BTC envoyé » a récolté environ 400 000 $ en une semaine. L'adresse utilisée : {btc}. N'envoyez rien. {site}"),
 ("news", "ALERTE | Le compte d'un footballeur connu a publié pendant 40 minutes un « cadeau x2 » avec l'adresse {eth}. Son club confirme un piratage."),
 ("news", "L'AMF met en garde contre de faux « experts en récupération » qui contactent les victimes d'arnaques crypto et exigent des frais d'avance. Notre article : {site}"),
 ("research", "Nouveau kit de drainage repéré : la page {dom_def} invite à « connecter son wallet » pour un airdrop, puis demande des autorisations illimitées sur vos jetons. À signaler."),
 ("research", "Analyse express de {dom_def} : domaine enregistré il y a 3 jours, certificat gratuit, copie du site d'une plateforme, demande d'approbation de contrat. Un drainer classique."),
 ("warning", "Rappel : personne ne va doubler vos cryptos. Ni Elon, ni Vitalik, ni nous. Si on vous demande d'envoyer pour recevoir plus, c'est une arnaque."),
 ("warning", "Notre support ne vous contactera jamais en premier et ne vous demandera jamais votre phrase de récupération. Ignorez les liens de « validation de portefeuille »."),
 ("warning", "Méfiez-vous des réponses à vos réclamations : aucun « hacker éthique » ne récupère des cryptos. S'il demande de l'argent d'avance, c'est une autre arnaque."),
 ("question", "On me dit que j'ai gagné 2 BTC et qu'il faut juste payer de petits frais pour les recevoir. C'est sérieux ? Ça sent l'arnaque..."),
 ("question", "Je vois un live YouTube de Saylor qui distribue des bitcoins. Quelqu'un a vérifié si c'est vrai ?"),
 ("donation", "Notre collecte d'hiver est lancée ! Pour la première fois, nous acceptons les dons en crypto. BTC : {btc}. Chaque satoshi devient un repas chaud."),
 ("donation", "Merci à tous les donateurs pour la toiture du foyer. Vous pouvez encore donner en ETH : {eth}. Le solde est publié chaque vendredi."),
 ("exchange", "Nouveau chez Nordis : déposez au moins 100 USDT ce mois-ci et recevez un bon de 10 USDT sur vos frais. Conditions et KYC requis."),
 ("exchange", "Lundi débute la compétition de trading Nordis : les 50 premiers en volume se partagent 20 000 USDT. Inscription dans l'appli."),
 ("giveaway", "CONCOURS 🥖 Likez et retweetez pour gagner un mois de viennoiseries aux Deux Moulins ! Tirage vendredi."),
 ("cgiveaway", "10 000 abonnés, merci ! RT + follow et je tire 3 gagnants qui reçoivent 50 $ en BTC. Je ne vous demanderai jamais rien en MP."),
 ("price", "Le BTC a quasiment doublé cette année. Je me souviens avoir acheté à 40 000 et m'être fait traiter de fou."),
 ("price", "Solana a pris 40 % depuis janvier et mon portefeuille reste dans le rouge parce que j'ai acheté au sommet. C'est le jeu 😅"),
 ("tip", "Si mes fils vous aident, un pourboire fait plaisir mais n'est jamais attendu : {btc}"),
 ("friends", "@theo_morvan je t'ai envoyé les 0,01 BTC pour la pizza d'hier soir, regarde ton wallet 🍕"),
 ("friends", "Remboursé mon frère pour les places de concert en USDC. Trois secondes. Ça me paraît toujours magique."),
 ("nft", "Notre collection d'art génératif « Marées » sera mintée le 2 avril : 1 000 pièces à 0,03 ETH, liste blanche uniquement, sur notre site officiel seulement."),
]
VICTIM = [
 "Je me suis fait arnaquer. J'ai envoyé 0,8 ETH à une adresse de « giveaway » en pensant que c'était vrai. Il y a un moyen de les récupérer ?",
 "Mon wallet a été vidé après l'avoir connecté à un site d'airdrop. Tout est parti. J'ai la nausée.",
 "Le support de Nordis ne répond pas et mon retrait est en attente depuis 3 jours. Quelqu'un d'autre ?",
]
HACKED = [
 "Mon compte a été piraté hier. Les messages crypto ne venaient pas de moi. N'envoyez rien, s'il vous plaît. J'ai récupéré l'accès.",
 "Toutes mes excuses : le compte a été compromis quelques heures et a publié un faux concours. Tout est supprimé.",
 "Piraté. Si vous avez vu un message « doublez vos bitcoins » de ma part, ignorez-le. La double authentification est réactivée.",
]
ORDINARY = [
 "Gratin dauphinois du dimanche : réussi. La vaisselle : beaucoup moins.",
 "Quel match ! But à la dernière minute et le parcage visiteur a explosé.",
 "Enfin fini le bilan trimestriel. Je vais fixer le mur un moment.",
 "Testé le nouveau restaurant de ramen rue des Tanneurs. Le bouillon, une merveille.",
 "RER en retard, encore. Troisième fois cette semaine.",
 "Les répétitions commencent lundi. Le trac et l'envie à parts égales.",
 "Des conseils pour le levain ? Le mien meurt à chaque fois.",
 "Belle ambiance au semi-marathon ce matin, merci aux bénévoles !",
 "Nouvel épisode du podcast en ligne : on parle d'épuisement et du prix des courses.",
 "Pluie tout le week-end. Parfait pour finir ce roman.",
 "Fier de l'équipe aujourd'hui. La montée est toujours jouable.",
 "En rangeant le grenier, j'ai trouvé trois chargeurs que je ne reconnais pas.",
]
QUOTE = [
 "Arnaque. N'envoyez rien.",
 "Signalé. Faux concours, cette adresse n'est pas la nôtre.",
 "Compte visiblement piraté, ne tombez pas dans le panneau.",
]

# Tournures propres à ce fichier.
SCAM += [
 ("double", "Dernière chance ce soir ⏰ ceux qui m'envoient de l'USDT (TRC20) sur {trx} récupèrent le double avant minuit. 57 paiements effectués, captures en épinglé."),
 ("double", "OPÉRATION HALVING 🟠\nvous envoyez 0,02 → vous recevez 0,04\nvous envoyez 0,2 → vous recevez 0,4\nvous envoyez 2 → vous recevez 4\n(portefeuille vérifié uniquement) {btc}"),
 ("event", "Plus que 1 930 BTC dans la cagnotte du direct 😱 compteur en temps réel sur {dom} ; à zéro, l'événement se termine."),
 ("fee", "Impots-Crypto : un remboursement de 3 200 € vous attend. Pour le traitement, des frais de dossier de 60 USDT sont à régler à {trx}."),
 ("airdrop", "Un jeton inconnu est apparu dans votre wallet ? C'est l'airdrop de fidélité. Pour l'échanger contre de l'ETH, approuvez d'abord le contrat de réclamation : {link}"),
 ("mentor", "Mon robot de trading à IA rapporte 3,5 % PAR JOUR, entièrement automatique, retrait à tout moment. Dépôt minimum 0,05 BTC : {btc}"),
 ("dropaddr", "RT + réponds avec ton adresse SOL 👇 à 21 h j'envoie 25 SOL à 40 personnes tirées au sort. Abonnement obligatoire."),
 ("testimonial", "Troisième jour avec les signaux de {handle} : 400 € → 2 950 €. Pas un conseil financier, mais regardez les captures 🚀"),
]
BENIGN += [
 ("research", "Nous avons suivi 212 adresses de faux « giveaways x2 » ce trimestre. La plus grosse, {btc}, a reçu 31 BTC d'environ 900 expéditeurs. Aucun n'a rien récupéré."),
 ("warning", "Si un ami vous écrit soudain pour « emprunter 0,1 BTC jusqu'à demain », appelez-le d'abord. Son compte a peut-être été piraté."),
 ("exchange", "Maintenance programmée : dépôts et retraits Nordis suspendus mardi de 2 h à 4 h UTC. Aucune action de votre part ; nous ne vous demanderons jamais de déplacer vos fonds."),
 ("donation", "Le doublement de 48 h est lancé ! Chaque euro donné au jardin partagé, en espèces ou en crypto ({eth}), est doublé par un commerçant du quartier jusqu'à dimanche."),
]
SCAM += [
 ("phish", "Binance cesse ses activités en France le 30. Pour ne pas perdre vos avoirs, reliez votre portefeuille à la nouvelle plateforme avant la fermeture : {link}"),
 ("recovery", "Avocate spécialisée dans les arnaques au trading et aux cryptos : nous récupérons vos fonds ou nous ne facturons rien. Écrivez à {mail} en précisant le montant perdu."),
 ("mentor", "Minage dans le cloud : votre mise rapporte 2 % par jour dès le premier jour, retraits chaque semaine. On commence avec 100 USDT → {link}"),
 ("double", "Vous êtes méfiants ? Moi aussi je l'étais. J'ai envoyé 0,3 ETH, j'en ai reçu 0,6. Il reste 20 minutes, voici l'adresse : {eth}"),
 ("support", "Bonjour, votre dossier a été transmis. Un agent vous répond en direct sur {link} ; gardez votre wallet ouvert pour la synchronisation."),
 ("event", "Lancement de l'ETF bitcoin 🎉 les 10 000 premiers inscrits reçoivent 0,5 BTC chacun. Inscriptions jusqu'à ce soir : {link}"),
]
ORDINARY += [
 "Mon fils m'a demandé à 7 h pourquoi le ciel est bleu. Pas de physique avant le café.",
 "Nouvelles du potager : les courgettes ont déclaré la guerre.",
 "Match de coupe mardi, places parties en 20 minutes.",
 "Retour de deux semaines dans le Vercors. Pas de réseau, aucun regret.",
 "La chorale donne son concert de printemps samedi à l'église Saint-Martin, venez !",
 "Une heure perdue sur un tableur trié par la mauvaise colonne.",
 "Premier barbecue de l'année et évidemment, la grêle.",
 "Des idées de lecture pour un long vol ? Pas de polar, j'ai eu ma dose.",
]
