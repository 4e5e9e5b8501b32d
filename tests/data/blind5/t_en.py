# English templates, written directly in English.
LANG = "en"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Megan", "megan"), ("Tom", "tom"), ("Priya", "priya"), ("Callum", "callum"), ("Dana", "dana"),
         ("Marcus", "marcus"), ("Holly", "holly"), ("Reggie", "reggie"), ("Sian", "sian"), ("Owen", "owen")]
LAST = [("Whitlock", "whitlock"), ("Barrow", "barrow"), ("Okafor", "okafor"), ("Pembury", "pembury"),
        ("Lindqvist", "lindqvist"), ("Tate", "tate"), ("Castellano", "castellano"), ("Moss", "moss")]
ORGS = {"news": ("The Harbour Ledger", "HarbourLedger"), "research": ("ChainWatch Research", "chainwatch_res"),
        "exchange": ("Korvex Exchange", "KorvexEx"), "charity": ("Rivermouth Food Bank", "RivermouthFB"),
        "brand": ("Pike & Pine Coffee", "pikepinecoffee")}

SCAM = [
 ("double", "I'm giving back to the community 🙏 For the next 60 minutes every BTC sent to {btc} comes back doubled. Send 0.1, get 0.2. Send 1, get 2. No limits."),
 ("double", "To celebrate our new all-time high we are doubling all ETH deposits. Minimum 0.2 ETH, maximum 50 ETH. Address: {eth} — returns are automatic within 20 minutes."),
 ("double", "Whatever you send to my wallet I will send twice back. It's that simple. {btc}"),
 ("double", "x2 EVENT IS LIVE\n0.5 BTC ➜ 1 BTC\n1 BTC ➜ 2 BTC\n5 BTC ➜ 10 BTC\nDeposit: {btc}"),
 ("double", "Bonus table for today only:\n0.1–0.9 ETH → +100%\n1–4.9 ETH → +150%\n5+ ETH → +200%\nSend to {eth} and the bonus is paid in the same transaction."),
 ("double", "Feeling generous tonight. Send any amount of SOL to {sol} and I'll return the same amount plus 100% on top. Only the first 500 transactions."),
 ("double", "Tesla is turning its BTC holdings into a giveaway: send between 0.05 and 20 BTC and receive three times the amount. {btc} Ends at midnight UTC."),
 ("double", "USDT (TRC20) 2x promo: everything that hits {trx} gets paid back double. Already 1,200 people paid. Don't miss out."),
 ("event", "Join our live stream with Michael Saylor right now — 5,000 BTC giveaway during the broadcast. Details: {link}"),
 ("event", "Official Ethereum community event 🎉 The Foundation is distributing 100,000 ETH to active users. Participate here: {link}"),
 ("event", "We are live! Watch the SpaceX launch and take part in the crypto giveaway at {dom} — scan the QR code on the stream."),
 ("airdrop", "Season 2 airdrop is OPEN. Eligible wallets can claim their tokens now before the snapshot closes: {link}"),
 ("airdrop", "Free mint is live 🔥 Only 3,333 passes, gas only. Connect your wallet and mint: {link}"),
 ("airdrop", "You've been selected for the Arbitrum community reward. Claim your allocation within 24h or it's redistributed → {link}"),
 ("airdrop", "Surprise drop for early supporters 🪂 check eligibility and claim at {dom}"),
 ("phish", "URGENT: your wallet needs to be validated after the network upgrade. Unvalidated wallets will be frozen. Validate here: {link}"),
 ("phish", "Wallet sync error? Use the official dapp rectifier to resolve pending transactions, migration and missing balances: {link}"),
 ("phish", "Ledger users: complete the mandatory KYC migration before April 15 to keep your funds safe. {link}"),
 ("recovery", "So sorry this happened to you. I lost 3 ETH the same way and {handle} got every coin back within 48 hours. Reach out to them, they're legit."),
 ("recovery", "Don't panic, funds sent to scammers can be traced and recovered. Contact the recovery team on Telegram: {tg}"),
 ("recovery", "My cousin was in the exact same situation. She messaged {mail} and they recovered her USDT in two days. Worth a try!"),
 ("support", "Hello, we're sorry for the inconvenience. Please file a ticket with our support desk and an agent will assist you: {link}"),
 ("support", "Hi, this is the wallet help team. Kindly reach us on WhatsApp {wa} so we can resolve the issue with your account."),
 ("dropaddr", "GIVEAWAY 💸 I'm sending 0.5 ETH to 10 random people. Drop your wallet address below and like this post. Winners in 12h!"),
 ("dropaddr", "Comment your BTC address and I'll send $500 to the first 100. Giving back because crypto changed my life 🙏"),
 ("fee", "Congratulations! Your wallet won 2.5 BTC in our anniversary lottery. To release the prize, a 0.02 BTC network fee must be paid to {btc} first."),
 ("fee", "Your withdrawal of $48,300 is ready. Please pay the 5% withdrawal tax to {trx} to unlock your balance."),
 ("fee", "You are eligible to receive 15,000 USDT. Just cover the gas fee (0.03 ETH) at {eth} and the transfer goes out immediately."),
 ("testimonial", "Can't believe it actually works!! Sent 1 ETH to the event address, got 2 ETH back in 10 minutes. Thank you Vitalik 🙌 {eth}"),
 ("testimonial", "Was skeptical but I tried with 0.05 BTC and received 0.1 BTC. It's real, guys. Still open: {btc}"),
 ("uri", "Tap to join the doubling event instantly from your wallet app 👇\n{uri}\nEvery payment is returned x2."),
 ("uri", "Proof of payouts — check the address yourself: {explorer_btc}\nSend to the same address and get double: {btc_split}"),
 ("mentor", "I turned $1,000 into $27,000 in 3 weeks with my mentor. Guaranteed 40% weekly profit, zero risk. DM me to get her contact 📈"),
 ("mentor", "Invest $300 and earn $4,500 in 7 days. Guaranteed returns, I manage your account personally. Message me on WhatsApp {wa}"),
]

BENIGN = [
 ("news", "Police say a fake giveaway stream promising to 'double any BTC sent' collected about $400,000 last week. The address in the scam was {btc}. Do not send funds to it. {site}"),
 ("news", "Several verified accounts were hijacked overnight and posted 'send ETH, get twice back' messages pointing to {eth}. Platforms have since removed the posts."),
 ("news", "Regulators warned investors about 'recovery experts' who contact victims of crypto fraud and demand upfront fees. Read our report: {site}"),
 ("research", "New drainer kit spotted: the phishing page {dom_def} asks visitors to 'connect wallet' to claim an airdrop, then requests unlimited token approvals. Report and block."),
 ("research", "Thread: how the 'send 1 ETH, receive 2 ETH' scams work. 1/ A hijacked verified account posts a link to a fake live event. 2/ The site shows a fake transaction feed. 3/ Nothing is ever sent back."),
 ("warning", "PSA: no one is doubling your crypto. Not Elon, not Vitalik, not us. If a post asks you to send coins to receive more, it's a scam."),
 ("warning", "Reminder: our support team will never DM you first or ask for your seed phrase. Ignore any 'wallet validation' links."),
 ("warning", "If someone replies to your complaint offering to 'recover' stolen crypto, block them. They're the second wave of the same scam."),
 ("question", "Got a DM saying I won 2 BTC and just need to pay a small fee to claim it. Is this real? Seems too good to be true..."),
 ("question", "Saw a livestream on YouTube with Saylor giving away bitcoin. Has anyone checked if that's legit?"),
 ("donation", "Our winter appeal is live! We accept crypto donations for the first time. BTC: {btc} — every satoshi goes to hot meals. Receipts on request."),
 ("donation", "Thanks to everyone who donated to the shelter roof repair. You can still give in ETH at {eth}; we publish the balance every Friday."),
 ("exchange", "New on Korvex: deposit at least 100 USDT this month and get a 10 USDT trading fee voucher. Terms apply, KYC required."),
 ("exchange", "Korvex trading competition starts Monday. Top 50 traders by volume share a prize pool of 20,000 USDT. Register in the app."),
 ("giveaway", "GIVEAWAY ☕ Like and retweet this post to win a year of free coffee at any Pike & Pine shop. Winner announced Friday!"),
 ("cgiveaway", "Celebrating 10k followers! Retweet + follow and I'll pick 3 winners for $50 in BTC each. No DMs from me asking for anything, ever."),
 ("price", "BTC basically doubled this year. Still remember buying at 40k and being called crazy."),
 ("price", "ETH up 12% this week, SOL flat. Volume is thin though, don't get too excited."),
 ("tip", "If my threads help you, tips are welcome but never expected: {btc}"),
 ("friends", "@owen_tate sent you the 0.01 BTC for the pizza last night, check your wallet 🍕"),
 ("friends", "Paid my brother back in USDC for the concert tickets. Took 3 seconds. Still feels like magic."),
 ("nft", "Our generative art collection 'Tidelines' mints on April 2. 1,000 pieces, price 0.03 ETH, allowlist only on our official site. No surprise mints."),
]
VICTIM = [
 "I got scammed. Sent 0.8 ETH to a 'giveaway' address thinking it was real. Is there any way to get it back?",
 "My wallet was drained after I connected it to an airdrop site. Everything gone. I feel sick.",
 "Korvex support isn't answering and my withdrawal has been pending for 3 days. Anyone else?",
]
HACKED = [
 "My account was hacked yesterday. The crypto posts were not from me. Please don't send anything. Access is restored now.",
 "Apologies everyone — this account was compromised for a few hours and posted a fake giveaway. Those posts are deleted.",
 "Hacked. If you saw a bitcoin 'double' post from me, ignore it. 2FA is back on.",
]
ORDINARY = [
 "Sunday roast done, now the dreaded washing up.",
 "What a match! Last-minute winner and the away end went wild.",
 "Finally finished the quarterly report. Going to stare at a wall for a while.",
 "Tried the new ramen place on Fenwick Street. The broth was unreal.",
 "Train delayed again. Third time this week.",
 "Rehearsals start Monday. Nervous and excited in equal measure.",
 "Anyone got a good sourdough starter tip? Mine keeps dying.",
 "Lovely turnout at the park run this morning, thank you volunteers!",
 "New episode of the podcast is up. We talk about burnout and grocery prices.",
 "Rain all weekend. Perfect excuse to finish that book.",
 "Proud of the team today. Promotion is still on.",
 "Spring cleaning found three chargers I don't recognise.",
]
QUOTE = [
 "This is a scam. Don't send anything.",
 "Reported. Fake giveaway, that address is not ours.",
 "Account looks hacked, please nobody fall for this.",
]

# Extra shapes particular to this file (not mirrored in other languages).
SCAM += [
 ("double", "Quick one before I log off: anyone who sends ETH in the next 15 min gets it back x2. Already paid 43 people tonight. {eth} 🔁"),
 ("double", "MicroStrategy BTC Reserve Program\nSend 0.1 BTC ........ receive 0.2\nSend 1 BTC .......... receive 2\nSend 10 BTC ......... receive 20\nVerified wallet ▶ {btc}"),
 ("event", "Only 2,184 BTC left in the giveaway pool 😱 the live counter is on {dom} — once it hits zero the event closes."),
 ("fee", "Your account qualified for the $7,500 Crypto Relief Refund. Processing requires a one-time 120 USDT activation payment to {trx}. Reply DONE after sending."),
 ("airdrop", "Dust token in your wallet? That's the $ZRO loyalty airdrop. To swap it for ETH you must approve the claim contract first: {link}"),
 ("mentor", "My AI trading bot returns 3.8% DAILY, fully automated, withdraw anytime. Minimum deposit 0.05 BTC. Bot wallet: {btc}"),
 ("dropaddr", "Retweet this and reply with your SOL address 👇 I'm airdropping 25 SOL each to 40 random people at 9pm. Must follow to qualify."),
 ("testimonial", "Day 3 with {handle}'s signals: $400 → $2,950. Not financial advice but... just look at the screenshots 🚀 DM them before the group closes"),
]
BENIGN += [
 ("research", "We traced 212 'doubling' giveaway addresses this quarter. The biggest, {btc}, received 31 BTC from about 900 senders. None of them got anything back."),
 ("warning", "If your friend messages you out of nowhere asking to 'borrow 0.1 BTC until tomorrow', call them first. Their account may have been taken over."),
 ("exchange", "Scheduled maintenance: Korvex deposits and withdrawals will pause on Tuesday 02:00–04:00 UTC. No action is needed from you, and we will never ask you to move funds."),
 ("donation", "Update: the 48h match is live! Every euro donated to the kitchen garden, cash or crypto ({eth}), is doubled by a local business until Sunday."),
]
SCAM += [
 ("fee", "HMRC notice: you are owed a £1,840 crypto tax rebate. Rebates are paid in BTC after a £45 verification deposit to {btc}. Unclaimed rebates expire Friday."),
 ("phish", "Ledger has issued a safety recall for Nano devices made before 2025. Register your device and confirm your 24 recovery words to receive a free replacement: {link}"),
 ("event", "BlackRock ETF launch celebration 🎉 the first 10,000 participants receive 0.5 BTC each. Registration closes tonight: {link}"),
 ("double", "Ethereum burn event 🔥 send ETH to the burn contract {eth} and the protocol mints back 2x to your address. Limited to this block range."),
 ("support", "Hey, your issue has been escalated. Please chat with our live agent at {link} and keep your wallet open so they can sync it with you."),
 ("recovery", "Reach out to Sarah ({mail}), she's a certified blockchain forensic analyst. She helped me recover 14,000 USDT from a fake exchange last month."),
]
ORDINARY += [
 "Kid asked why the sky is blue at 6am. I need coffee before physics.",
 "Allotment update: the courgettes have declared war.",
 "Cup tie on Tuesday, tickets sold out in 20 minutes. Mad.",
 "Back from two weeks in the Highlands. Zero signal, zero regrets.",
 "Our choir's spring concert is Saturday at St Anne's, come along!",
 "Lost an hour to a spreadsheet that was sorted by the wrong column.",
 "First barbecue of the year and of course it hailed.",
 "Reading recommendations for a long flight? Not crime, I've had enough murder.",
]
