# English. Placeholders in {CAPS} are filled by make_blind7.py (see README.md).
ORGS = [("Blockwire News", "news"), ("Ledger Daily", "journalist"), ("Valtora Exchange", "exchange"),
        ("Quillex", "exchange"), ("Sentinel Chain Security", "security"), ("Metro Police Cyber Unit", "police"),
        ("Lumora Protocol", "project"), ("Kestrel Protocol", "project"), ("Open Hands Relief", "charity"),
        ("Dana Whitcombe (crypto reporter)", "journalist")]
FIRST = ["Jake", "Priya", "Megan", "Tom", "Aisha", "Connor", "Lily", "Marcus"]
LAST = ["Hartley", "Osei", "Brennan", "Collins", "Nakamura", "Reyes"]
SUPPORT_NAME = "{b} Support Team"
MENTORS = ["Sarah Whitmore | Crypto Mentor", "James Carter FX", "Olivia Grant 📈 Wealth Coach"]
HIJ_C = ["Rory Delaney (charts)", "Nina Park Art", "Ben Okafor On-Chain"]
HIJ_N = ["Chef Maggie Lowell", "Westbrook Rovers FC", "Tasha Reed Comedy"]

SCAM = [
    ("double", "I'm giving back to the community 🙏 For the next hour, every {COIN} sent to the address below comes back doubled. Send {X} {COIN}, get {X2} {COIN} back.\n\n{ADDR}"),
    ("double", "To celebrate {BRAND} passing 1 million {COIN} holders we are running a one-time 2x event. Min {MIN} {COIN}, max {MAX} {COIN}. Payment link: {URI}"),
    ("double", "Bitcoin is the future and I want to help people get started. First 500 transactions to {ADDR} get double back instantly. This is not a drill."),
    ("double", "{CELEB} LIVE right now 🔴 Scan the QR in the stream, send any amount of {COIN} and the event contract returns 2x. Ends when the stream ends 👉 {LIVE}"),
    ("double", "I have been lucky in life. Giving away 5,000 {COIN} to my followers. Send {X} and I'll send {X2} back to the address you sent from. Check the transactions yourself: {EXPL}"),
    ("double", "Official {BRAND} x {COIN} giveaway is live. Participate here before the supply runs out: {URL}"),
    ("double", "Just dropped a big surprise for you guys 👀 {URL} double whatever you send, limited to 2 hours"),
    ("double", "thank you all for the support this year!! sending back 2x of every {COIN} transfer until midnight UTC\n{ADDR}\nalready paid out 300+ people 🙌"),
    ("presale", "{CELEB} backed presale of $ROCKET opens now. Stage 1 price guaranteed 50x at listing. Only whitelisted wallets, buy here: {PRE}"),
    ("drainer", "🪂 ${TOKEN} airdrop season 2 is LIVE. Eligible wallets can claim now, unclaimed tokens are burned in {HOURS} hours: {DRAIN}"),
    ("drainer", "Snapshot taken ✅ Check your ${TOKEN} allocation and claim here 👉 {DRAIN}\nConnect wallet → sign → done"),
    ("drainer", "Free mint for the first 2,222 wallets. {DBRAND} holders get 2 extra. Mint closes soon {DRAIN}"),
    ("drop", "Giving {X} {COIN} each to {N} random people 🎁 Drop your {COIN} wallet address below and retweet. Winners picked in {HOURS}h"),
    ("fee", "Congrats to all winners of the {COIN} giveaway! To release your reward, send the {FEE} {COIN} network activation fee to {ADDR} and your prize lands within 10 minutes."),
    ("support", "{USER} Hi, sorry to hear about the issue with your wallet. Please reach our support team through the secure form so an agent can sync it: {SUP}"),
    ("support", "{USER} This looks like a node sync error. It's fixable. Contact our 24/7 help desk on Telegram {TG} and mention your ticket number, do not share publicly."),
    ("recovery", "Lost your crypto to a fake platform? Our certified recovery team traced and returned over $40M to victims. No upfront fees. Start your case: {REC}"),
    ("tax", "Your withdrawal of {X} {COIN} is approved but on hold. Under new regulations a {PCT} withdrawal tax must be paid before release. Send the tax to {ADDR} and message support."),
    ("tax", "🏆 You were selected in the {BRAND} anniversary draw! Prize: {X} {COIN}. To receive it pay the {FEE} {COIN} processing fee to {ADDR} within 24 hours."),
    ("mentor", "I turned $500 into $18,700 in 3 weeks with the strategy I teach. No experience needed. Only 5 spots left this month, message me on WhatsApp {WA}"),
    ("mentor", "Hi dear, are you still trading alone? My mentor helped me make {PCT} a week on {COIN}. I can introduce you, DM me 🌹"),
    ("testimonial", "Big thanks to {TG} for recovering my stolen USDT after 6 months!! I thought it was gone forever. If you got scammed, reach out to them, they are legit 💯"),
    ("testimonial", "I was skeptical but Mrs. Sarah's trading signals changed my life. Withdrew $12,000 profit yesterday. Contact her {PHONE} 🙏🙏"),
]

BENIGN = [
    ("news", "Scammers took over several verified accounts this morning and posted a fake '{COIN} doubling' offer. The address used, {ADDR}, received about {SMALL} transfers before accounts were locked. {NEWSURL}"),
    ("news", "Report: fake airdrop sites imitating {DBRAND} drained wallets this week. The phishing domain, {DEFDOM}, asked users to sign a token approval."),
    ("police", "Warning from our cyber unit: we are receiving reports of 'send crypto, get double back' posts. No celebrity or company will ever double your money. Report fraud and quote reference {CASE}."),
    ("warning", "Reminder from {EX}: our staff will never DM you first, never ask for your seed phrase and never ask you to 'verify' or 'sync' your wallet on a website."),
    ("warning", "Security alert: a fake {SUPB} support account is replying to users who complain about stuck transactions. Real support never asks for your recovery phrase."),
    ("victim", "is this real?? someone I follow just posted this: \"{PASTE}\""),
    ("victim", "Got this in my replies, it has a verified tick... legit or scam? \"{PASTE}\""),
    ("relative", "How do I explain to my dad that the Elon video telling him to send bitcoin to double it is a scam? He says 'but it's live on YouTube'. Any tips?"),
    ("joke", "send me 1 BTC and I will send you back 2 BTC* \n\n*in your dreams"),
    ("joke", "my portfolio already does the opposite of the doubling scam for free"),
    ("donation", "Our flood relief fund now accepts crypto. Bitcoin: {BTC}\nEthereum: {ETH}\nEvery donation is published in our monthly report."),
    ("promo", "{EX} Trading Week: zero maker fees on {TICK} pairs until Sunday, plus a {N} USDT prize pool for the top 50 traders. Terms: {EXURL}"),
    ("airdrop", "The {PROJ} community airdrop is live for eligible early users. Check eligibility only on our official site {PURL}. We will never DM you a claim link."),
    ("whitelist", "We're adding 100 community members to the {PROJ} allowlist 🎟 Drop your wallet below (public address only, never your seed phrase!) and tell us what you built this month."),
    ("giveaway", "Small giveaway for hitting 10k followers: 3 people get $20 in {TICK}. Like + reply with your favourite tool. I'll DM winners and ask for an address, nothing else."),
    ("price", "{TICK} holding {P} on the daily. If this range breaks, my 2x target is {P2}. Stops below {PLOW}. Not financial advice."),
    ("price", "Everyone asking for a 2x on {TICK} after a {PCT} pump is how tops are made. Taking some profit here."),
    ("tipjar", "If my threads help you, tips are welcome but never expected 🙏 {ETH}"),
    ("friends", "{FRIEND} just sent me the {COIN} for dinner instead of a bank transfer. Fees were less than the tip lol"),
    ("dev", "Contract for {PROJ} v2 is deployed and verified: {CA}\nAudit report is linked in our docs. Please double-check the address on our site before interacting."),
    ("ordinary", "Double shift again today. Please remind me to claim my expenses and send that email to HR before I forget"),
    ("complaint", "My wallet app has been stuck on 'pending' for two hours. Anyone else?"),
    ("research", "We analysed 1,200 doubling-scam addresses this quarter. Most funds are moved within 15 minutes and bridged out. Full report: {NEWSURL}"),
]

HIST_C = [
    "{TICK} reclaimed {P} on the weekly. Bulls need a close above this level. Watching volume.",
    "New piece minted on Zora tonight, 0.01 ETH open edition for 48 hours. Thank you to everyone collecting 🖤 {PURL}",
    "Tipping my favourite researcher on chain today, people doing free work deserve it. My own tip jar: {ETH}",
    "Funding rates are flat, open interest rising. Could get spicy this week.",
    "Wrote a thread on how to spot wallet drainers. TL;DR never sign what you don't understand.",
    "Sold some {TICK} at {P}. Not a top call, just rebalancing.",
]
HIST_N = [
    "Sunday roast done, kitchen destroyed, zero regrets.",
    "Thank you to everyone who came out last night, what an atmosphere 💙",
    "New recipe up on the blog: lemon and thyme chicken in under 40 minutes.",
    "Travelling this week, replies will be slow. Be kind to each other.",
    "Who else thinks the new series finale was rushed?",
    "Great training session this morning. Three points on Saturday, let's go!",
]
HACKED = [
    "We're back. Our account was compromised yesterday and posted a crypto giveaway. It was NOT us. Please don't send anything and report the posts if you still see them.",
    "Apologies everyone, someone got into my account and posted a bitcoin scam. Password changed, 2FA back on. If you sent money, please report it to your bank or the police.",
]
QUOTE = [
    "This is a scam. Nobody doubles your crypto. Report and block.",
    "Account looks hacked, don't send anything to that address.",
    "PSA: fake giveaway. If you sent funds, write down the transaction hash and report it.",
]
