"""English sentence templates for tune2 (hand-written). Slots are filled by make_tune2.py."""

T = {
    # (a) warnings that quote the scam's promise
    "a": [
        "Do NOT send anything to {addr} — it's the fake {celeb} giveaway again. They promise to send back double and never do.",
        "PSA: if a tweet says \"send {amt} {coin}, get {amt2} {coin} back\", it is a scam. Every single time. No exceptions.",
        "Seeing the \"{celeb} is giving away {coin}, send to verify your address\" posts again. Nobody gives away money like that. Report, block, move on.",
        "Friendly reminder that {scamdomain} is NOT affiliated with {brand}. It's a fake livestream page that takes your {coin} and sends nothing back.",
        "My uncle almost sent {amt} {coin} to {addr_short} because a \"live event\" told him it would come back x2. Please talk to your parents about this.",
        "The address in that giveaway ({addr}) has already received deposits today. Those people are not getting anything back. Don't be next.",
        "If someone has to tell you \"this is not a scam, send first and receive double\", it's a scam.",
        "Scam alert 🚨 The \"{brand} {coin} event\" on {scamdomain} is fake. Real companies don't ask you to send crypto to get more crypto.",
        "Nobody legitimate will ever ask you to \"connect your wallet to validate\" or \"sync\" it on some random site. That's how drainers empty wallets.",
        "Got a DM saying I won {usd} USDT and only need to pay a {fee} USDT \"withdrawal tax\" first. Lol. Blocked and reported.",
        "Heads up: accounts replying \"contact this recovery expert, he got my funds back\" under every scam thread are part of the same scam. Recovery services that charge upfront are scams too.",
        "Quick rule: real giveaways never ask you to send money, never ask for your seed phrase, never ask you to \"verify\" a wallet. Fake {celeb} accounts do all three.",
        "That \"drop your wallet address below for {amt} {coin}\" post is farming addresses and replies for the next wave. Don't engage.",
        "If a QR code in a \"giveaway\" decodes to something like {uri} — that's a payment request to the scammer, not a claim link. Don't scan and pay.",
        "Reporting {addr_short} to the exchanges. It's the deposit address from the fake double-your-{coin} stream that's been running all week.",
    ],
    "a_quote": [
        "This is a scam. Nobody is doubling your {coin}. Report the account.",
        "Fake. Look at the account age and the link. Don't send anything.",
        "Please don't fall for this. \"Send {amt} get {amt2} back\" is the oldest trick in the book.",
        "Hacked account, fake giveaway. Don't click, don't send.",
        "Reminder that this is exactly what the July 2020 scam looked like. Same words, same promise.",
    ],
    # (b) news reports of hijacks quoting the promise and the address
    "b": [
        "The account of {victim} (@{victim_handle}) was hijacked on {day}. The attackers posted \"send {amt} {coin}, receive {amt2} back\". The address {addr} received {total} {coin} in {n} transactions before the post was removed.",
        "BREAKING: {victim}'s account posts a crypto \"giveaway\" promising to double any {coin} sent within {mins} minutes. The team says the account was compromised. Address used: {addr}",
        "Hijacked: @{victim_handle}, followed by {followers} people, posted a fake {coin} doubling offer for about {mins} minutes. On-chain data shows {total} {coin} sent to {addr_short}.",
        "Update on the @{victim_handle} takeover: the scam post (\"all {coin} sent to the address below will be sent back doubled\") is down. Roughly ${usd} was sent by {n} victims.",
        "Explainer: how scammers took over {victim}'s account after a password reset and used it to push a fake {coin} giveaway. The wallet {addr} is now flagged by several exchanges.",
        "Police are investigating the takeover of {victim}'s account. The post promised to \"send back double\" and listed {addr}. Investigators say {total} {coin} was received.",
    ],
    # (c) researchers / threat-intel threads
    "c": [
        "New batch of fake giveaway domains, defanged: {defanged} / {defanged2} / {defanged3}. All clones of the same livestream kit. Wording: \"x2\", \"event\", \"limited time\".",
        "We reviewed {n} crypto giveaway scam sites this month. {pct} used the words \"x2\" or \"event\" in the title; {pct2} impersonated {celeb}.",
        "Thread 🧵 on drainer kits: the page asks you to \"connect wallet\" to claim an airdrop, then requests an unlimited token approval. Samples: {defanged}, {defanged2}.",
        "IOCs for the fake \"wallet validation\" phishing wave (defanged): {defanged} | {defanged2}. The form asks for the 12/24-word recovery phrase. Do not enter it anywhere.",
        "Stats from our tracker: {n} new look-alike domains registered in 7 days, {pct} of them with \"giveaway\", \"claim\" or \"airdrop\" in the name. Most live less than 48 hours.",
        "Double-your-crypto scams in one chart: median deposit {amt} {coin}, {pct} of victim wallets sent only once. Domains seen: {defanged}, {defanged2}.",
        "Reminder for analysts: the \"send {amt}, receive {amt2}\" tables on these pages are static images. No site ever sends anything back. Latest: {defanged}",
        "Evasion tricks in this week's giveaway posts: letter spacing (\"D O U B L E\"), fullwidth \"ＢＴＣ\", zero-width characters inside \"give\u200baway\", Cyrillic \"е\" in \"send\". Filters that match plain words miss them.",
        "Recovery-scam pattern we keep seeing: a reply within minutes of a victim's post, pointing to a Gmail or WhatsApp \"specialist\". {n} such replies logged this week.",
    ],
    # (d) victims asking whether it's real, pasting the link
    "d": [
        "Is this real? {scamlink} says {celeb} is doing a {coin} giveaway and will send back double. Looks official but idk",
        "Can someone check this before I do anything? {scamlink} — it wants me to connect my wallet to claim an airdrop.",
        "Got an email saying my wallet needs \"validation\" or it gets suspended, link is {scamlink}. Legit or phishing?",
        "I sent {amt} {coin} to the address on a \"live event\" page ({scamlink}) and nothing came back. Was this a scam? What can I do?",
        "A guy in my DMs says I won {usd} USDT but I have to pay a fee first. That's a scam right?",
        "Friends, is {scamlink} the real {brand} site? My cousin wants to send {coin} there.",
        "lost {amt} {coin} to a fake giveaway yesterday, feel so stupid. is there any way to get it back?",
    ],
    # (e) the hijacked account's own notice after the fact
    "e": [
        "Our account was hacked earlier today. Please ignore the crypto giveaway post — it was NOT us. We have regained access and are working with the platform.",
        "To everyone who saw the {coin} \"giveaway\" on this account: I was hacked. Do not send anything. Access is back and 2FA is on.",
        "We're back in control of this account. The posts about sending {coin} to receive double were made by an intruder. We're sorry to anyone affected.",
        "Hi all, my account was compromised overnight. I would never ask you to send money. Please report any post asking for crypto.",
    ],
    "e_other": [
        "Our Discord was compromised for about an hour. Ignore any \"surprise mint\" links posted there. There is no mint. Never connect your wallet to links from announcements you didn't expect.",
        "Our newsletter account was accessed by someone else and sent a \"claim your airdrop\" email. Please delete it. We never ask you to connect a wallet by email.",
        "Warning: someone made a copy of our account with a swapped letter in the name and is promising free tokens. That's not us. Our only handle is this one.",
    ],
    # (f) legitimate exchange promotions
    "f": [
        "Trading competition is live: share a prize pool of ${usd} in trading vouchers. Register before Friday. Terms apply: {link}",
        "New users: deposit and trade ${usd2} within 14 days to get a {pct} fee rebate. Details and eligible regions: {link}",
        "Double points week! Every spot trade earns 2x loyalty points until Sunday 23:59 UTC. No deposit needed beyond your normal trading. {link}",
        "Flexible staking for {coin} now at {apy} APY. Rates are variable and may change daily. Learn more: {link}",
        "Refer a friend: you both receive ${n2} in trading fee credit after their first trade of $100+. {link}",
        "Learn & earn: complete the short course on self-custody and get a small {coin} reward while supplies last. {link}",
    ],
    # (g) real donation drives
    "g": [
        "{org} now accepts crypto donations for {cause}. {coin}: {addr} — every donation is published in our quarterly report. Thank you!",
        "We've raised {n} donations so far for {cause}. If you'd like to help in {coin}, our address is {addr}. Receipts on request.",
        "Transparency update: our {coin} donation wallet {addr_short} received {total} {coin} this month, all of it spent on {cause}. Full breakdown on our site: {link}",
    ],
    # (h) legitimate like-and-retweet giveaways (nobody sends money)
    "h": [
        "GIVEAWAY 🎉 Win {prize}! To enter: follow, like and retweet. Winner picked on {day}. We will NEVER ask you to send anything.",
        "{n} followers! To celebrate we're giving away {prize}. RT + tag a friend. No purchase, no wallet connection, nothing to pay.",
        "Community giveaway: {prize} to 3 random replies with your favourite photo from the meetup. Winners announced here, and we only DM from this account.",
        "Art drop giveaway: one free print of the new piece to a random retweet by {day}. Shipping on us.",
    ],
    # (i) price talk
    "i": [
        "{coin} doubled since the halving and people still call it dead lol",
        "{coin} could 2x from here if the ETF flows keep up. Or drop {pct}. That's the game.",
        "Sent {amt} to my cold wallet today, fees were 2x what they were last week. Mempool is busy.",
        "Took profit on half my {coin} at +{pct}. Keeping the rest for the long run.",
        "Funding rates are flipping negative again. Last time this happened {coin} ran {pct} in two weeks.",
        "DCA update: bought ${usd} of {coin} every Monday for a year. Up {pct}. Boring works.",
    ],
    # (j) ordinary transfers with numbers
    "j": [
        "Sent {usd} to my brother for the concert tickets, he sent {usd2} back because he got the dinner too 😂",
        "Paid back my roommate {usd} for the electric bill via app transfer, took 2 seconds",
        "My mom sent me ${usd} for my birthday and I sent back a photo of the cake. Fair trade",
        "Split the trip costs: I sent {usd}, Jake sent {usd2}, we're even now",
        "First time paying a friend in {coin}: sent {amt} for the bike, arrived in a few minutes.",
    ],
    # (k) genuine support replies
    "k": [
        "Sorry to hear that. Please DM us your ticket number and we'll take a look. We will never ask for your seed phrase or password, and we never DM first.",
        "Hi, we're sorry for the trouble. Please use the in-app chat only; anyone offering to \"recover\" funds in replies is not from our team.",
        "Thanks for flagging. That site is not ours — our only domain is the one in our bio. Please report the account. We'll never ask you to send funds to verify anything.",
        "We understand how stressful this is. Please open a case from the Help Centre and share the case ID here by DM. Never share your 2FA codes with anyone.",
    ],
    # (l) ordinary posts
    "ord_person": [
        "Coffee, rain and a long to-do list. Classic {day}.",
        "Finally finished that book everyone kept recommending. Worth it.",
        "Anyone else's cat wake them up at 5am for absolutely no reason?",
        "Tried making {food} from scratch tonight. 7/10, would try again.",
        "Traffic in {city} today was something else.",
        "Gym streak: day {n}. Legs hate me.",
        "That match last night 😮 what a finish",
        "New phone who dis. Seriously though, the battery life is great.",
        "Spring cleaning done. Found three chargers I didn't know I owned.",
        "Long weekend in {city}, recommendations welcome!",
        "Weekend plan: nothing. Absolutely nothing.",
        "Grateful for friends who bring soup when you're sick.",
    ],
    "ord_org": [
        "We're closed on {day} for staff training. Back to normal hours the day after.",
        "Thank you for {n} reviews! We read every single one.",
        "New episode is out now — link in bio.",
        "Behind the scenes of this week's shoot 📸",
        "Tickets for the {city} show are almost gone.",
        "We're hiring! Join our team in {city}.",
        "Our spring schedule is live. See you there.",
        "Scheduled maintenance tonight from 02:00 to 03:00 UTC. Thanks for your patience.",
        "Happy {day}, everyone!",
    ],
    # ---------------------------------------------------------------- scams
    "s_double": [
        "I'm giving back to the community. All {coin} sent to the address below will be sent back doubled! If you send {amt} {coin}, I will send back {amt2} {coin}. Only doing this for {mins} minutes.\n\n{addr}",
        "Feeling generous because of Covid... just kidding. I am doubling all {coin} payments sent to my {coin} address for the next {mins} minutes. You send {amt}, I send {amt2} back.\n{addr}",
        "We are giving back {usd2} {coin} to our community! Send between {amt_min} and {amt} {coin} to {addr} and receive double back instantly. Limited time.",
        "To celebrate, I'm sending back 2x every {coin} sent to this address for the next hour. Minimum {amt_min} {coin}.\n{addr}",
        "Everyone is asking me to give back, and now is the time. Send {coin} to {addr} and I'll return it x2. Offer ends in {mins} min.",
    ],
    "s_live": [
        "🔴 LIVE NOW: {celeb} {coin} event — {usd2} {coin} giveaway. Participate here: {scamlink}",
        "{brand} is giving away {usd2} {coin} during the live stream! Join now before it ends 👉 {scamlink}",
        "Massive {coin} event with {celeb}. Send any amount, get 2x back automatically. Watch live: {scamlink}",
        "Don't miss the official {brand} x {coin} live event. Only {n} spots left: {scamlink}",
    ],
    "s_mint": [
        "Surprise free mint is LIVE 🎉 first {n} wallets only. Connect your wallet and claim: {scamlink}",
        "{project} airdrop is now claimable! Check eligibility and connect your wallet here 👉 {scamlink}",
        "We're rewarding early supporters with {amt} {coin}. Claim before it expires: {scamlink}",
        "Stealth mint for holders, free, no whitelist. Connect and mint: {scamlink}",
    ],
    "s_kyc": [
        "Your wallet has been flagged for verification. To avoid suspension, validate your wallet within 24 hours: {scamlink}",
        "IMPORTANT: all {brand} users must sync their wallet after the network upgrade. Sync here: {scamlink}",
        "Hello, your account is restricted due to incomplete KYC. Complete verification to unlock withdrawals: {scamlink}",
        "Hi, our records show your transaction failed. Please fill the support form with your wallet details to resolve: {scamlink}",
    ],
    "s_recovery": [
        "Sorry for your loss. I was scammed too and {contact} helped me recover everything within 48 hours. Reach out to them.",
        "You can still get your {coin} back. Contact {contact}, they are certified crypto recovery experts.",
        "Don't give up! I lost {amt} {coin} and got it back through {contact}. Honest and fast.",
        "DM {contact} for help, they traced my stolen funds and returned them. Mention my name.",
    ],
    "s_drop": [
        "Dropping {amt} {coin} to {n} random people in the next 24 hours 🎁 Drop your wallet address below 👇",
        "Giving away {usd} USDT to everyone who retweets and drops their wallet address! Winners in {mins} minutes.",
        "Comment your {coin} wallet address and I'll send {amt} {coin} to the first {n}. Then send {amt_min} back to confirm 🙏",
        "Drop your {coin} address 👇 I'm sending {amt} to everyone who follows me today",
    ],
    "s_fee": [
        "Congratulations! Your wallet was selected to receive {usd} USDT. To withdraw, pay the {fee} USDT processing tax to {addr}.",
        "You won our {coin} lottery: {amt2} {coin}! Release fee required: send {amt_min} {coin} to {addr} to unlock your prize.",
        "Your withdrawal of {usd} USDT is ready. A one-time {fee} USDT tax must be paid first. Contact {contact} to complete.",
    ],
    "s_testi": [
        "Just received {amt2} {coin} back from the {celeb} event, thank you!! I sent {amt}. It's legit: {scamlink}",
        "Can't believe it actually worked 😭 Sent {amt} {coin} and got {amt2} back in 10 minutes. Hurry before it ends!",
        "Thanks to {contact} I earned ${usd} in one week trading {coin}. Message them now!",
        "Proof it's real 👇 sent {amt} and got {amt2}. {scamlink}",
    ],
    "s_addr": [
        "{addr}",
        "{coin}: {addr}",
        "{addr}\nx2 🔥",
        "🎁🎁🎁 {addr} 🎁🎁🎁",
    ],
    "s_uri": [
        "Scan or tap to join the event 👉 {uri}",
        "Send here and receive double: {uri}",
        "{uri}\n2x back, limited time",
    ],
}

LISTS = {
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "city": ["Boston", "Manchester", "Toronto", "Austin", "Dublin", "Sydney", "Denver", "Leeds"],
    "food": ["ramen", "sourdough", "lasagna", "pad thai", "bagels", "dumplings"],
    "prize": ["a signed jersey", "a Ledger hardware wallet", "two concert tickets", "one of 5 NFTs from the new collection",
              "a $50 gift card", "a hoodie and sticker pack", "0.01 ETH (we send, you never pay)"],
    "cause": ["flood relief in the valley", "the children's hospital ward", "clean water wells", "the animal shelter roof",
              "earthquake relief", "winter coats for families"],
    "org": ["Harbor Relief Fund", "Open Wells Foundation", "Paws Shelter Network", "Riverside Food Bank"],
    "exchange": ["Coinbase", "Kraken", "Binance", "OKX", "Bitstamp"],
}

# accounts: (username, display name)
ACCOUNTS = {
    "news": [("chainledgernews", "Chain Ledger News"), ("dailyblockwire", "Daily Block Wire"),
             ("techcrimedesk", "Tech Crime Desk")],
    "research": [("phishwatchlab", "PhishWatch Lab"), ("onchain_sleuth", "On-chain Sleuth"),
                 ("drainer_tracker", "Drainer Tracker"), ("mira_secops", "Mira K. | threat intel")],
    "exchange": [("krakenfx_promos", "Kraken Promotions"), ("okx_en_events", "OKX Events")],
    "support": [("CoinbaseSupport", "Coinbase Support"), ("krakensupport", "Kraken Support"),
                ("BinanceHelpDesk", "Binance Help Desk")],
    "charity": [("harborrelief", "Harbor Relief Fund"), ("openwellsorg", "Open Wells Foundation")],
    "project": [("pixelfoxes_nft", "Pixel Foxes"), ("moonlitgallery", "Moonlit Gallery"),
                ("streetcanvas_art", "Street Canvas")],
    "user": [("jessmakesbread", "Jess"), ("tom_halvorsen", "Tom Halvorsen"), ("priya_codes", "Priya"),
             ("satsandcoffee", "sats & coffee"), ("mike_dca", "Mike | DCA"), ("lauren_k_b", "Lauren B"),
             ("danielr_88", "Daniel R"), ("grandpa_hodls", "Walt")],
}

# hijack targets: famous, long-established, mostly non-crypto. (username, name, persona, crypto_history)
FAMOUS = [
    ("harlanbeckmusic", "Harlan Beck", "person", False),
    ("NoraPaigeOfficial", "Nora Paige", "person", False),
    ("CityMuseumNorth", "City Museum North", "org", False),
    ("RidgebackFC", "Ridgeback FC", "org", False),
    ("drsamwellness", "Dr. Sam Ortega", "person", False),
    ("greenfieldmayor", "Mayor Alice Greenfield", "person", False),
    ("VoltaraMotors", "Voltara Motors", "org", False),
    ("jamesokafor", "James Okafor", "person", False),
    ("cryptomarcus", "Marcus Lee", "person", True),
    ("LumenDAO", "Lumen DAO", "org", True),
    ("theweekendchef", "The Weekend Chef", "person", False),
]

# dedicated scam accounts (username, name); some impersonate, some are "recovery experts"
SCAMMERS = [
    ("eIonmusk_live", "Elon Musk"), ("elon_giveaway_x2", "Elon Musk 🚀"), ("saylor_btc_event", "Michael Saylor"),
    ("VitalikButerin_eth2", "vitalik.eth"), ("cathiewood_ark_live", "Cathie Wood"), ("tesla_event_2026", "Tesla Event"),
    ("CoinbaseSupp0rtTeam", "Coinbase Support"), ("metamask_helpdesk1", "MetaMask Support"),
    ("ledger_secure_sync", "Ledger Security"), ("claim_airdrop_now", "Airdrop Alerts"),
    ("recoverypro_jenna", "Jenna | Asset Recovery"), ("cyber_trace_mike", "Mike Trace"),
    ("hack_recovery_desk", "Crypto Recovery Desk"), ("amanda_invests247", "Amanda ✨"),
    ("btcwinner_official", "BTC Winners"), ("free_usdt_drops", "USDT Drops 🎁"),
    ("brad_xrp_events", "Brad Garlinghouse"), ("cz_bnb_gift", "CZ 🔶"), ("mr_beast_crypto_", "MrBeast Crypto"),
    ("nft_freemint_hub", "Free Mint Hub"), ("wallet_validation", "Wallet Validation"),
    ("trust_wallet_care", "Trust Wallet Care"), ("lisa_trading_mentor", "Lisa | Mentor"),
    ("promo_binance_team", "Binance Promo"), ("spacex_btc_live", "SpaceX Live"),
    ("chris_recovers_funds", "Chris | Recovery"), ("airdrop_season_bot", "Airdrop Season"),
]
