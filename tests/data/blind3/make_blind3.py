#!/usr/bin/env python3
"""Generate the blind3 held-out corpus (posts.jsonl, labels.csv). Deterministic: fixed seed.
Standard library only. Texts are in texts_en.py / texts_ml.py; address checksums in addr.py."""
import json, random, re, datetime as dt, os, csv
import addr as A
from texts_en import SCAM as EN_SCAM, BENIGN as EN_BENIGN, CHAT as EN_CHAT
from texts_ml import ML
from texts_more import MORE
from texts_persona import PERSONA_CHAT

rng = random.Random(20261127)
OUT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'tr', 'ar', 'ja', 'ko', 'zh']
TX = {'en': dict(SCAM=EN_SCAM, BENIGN=EN_BENIGN, CHAT=EN_CHAT)}
TX.update(ML)
for _l, _d in MORE.items():
    for _k, _v in _d.items(): TX[_l][_k] = TX[_l][_k] + _v
T0 = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
T_END = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)

def ts(t, ms=True):
    return t.strftime('%Y-%m-%dT%H:%M:%S') + ('.000Z' if ms else 'Z')
def rtime(a=T0, b=T_END):
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))

# ---------------- accounts
accounts = {}   # id -> dict
labels_acc = {}
_next_acc = [8600001]
def new_account(username, name, verified, created, followers, label):
    aid = str(_next_acc[0]); _next_acc[0] += 1
    accounts[aid] = dict(id=aid, username=username, name=name, verified=verified,
                         created_at=ts(created), public_metrics={'followers_count': followers})
    labels_acc[aid] = label
    return aid

WHO = ['Elon Musk', 'Michael Saylor', 'Vitalik Buterin', 'Changpeng Zhao', 'Tesla', 'Cathie Wood',
       'MrBeast', 'Brad Garlinghouse', 'Brian Armstrong', 'Jack Dorsey', 'SpaceX', 'MicroStrategy']
BRANDS = ['Binance', 'Coinbase', 'Kraken', 'OKX', 'Bybit', 'MetaMask', 'Trust Wallet', 'Ledger',
          'Phantom', 'Uniswap', 'Bitget', 'KuCoin']
SCAM_HOSTS = ['elon-x2event.live', 'saylor-btc-double.com', 'tesla2x.events', 'binance-anniversary.gift',
  'coinbase-reward-claim.net', 'claim-arbitrum.org', 'airdrop-jup.claims', 'metamask-sync.app',
  'walletconnect-validate.io', 'trustwallet-kyc.support', 'ledger-recovery-portal.com',
  'spacex-btc.live', 'vitalik-eth.gift', 'okx-bonus.events', 'phantom-airdrop.xyz', 'muskbtc.org',
  'bybit-promo2x.com', 'xrp-ripple-giveaway.live', 'binancc.com', 'coinbasse-pro.com', 'rnetamask.io',
  'uniswap-claim.app', 'strategy-btc.events', 'layerzero-airdrop.net', 'dapp-rectify.online',
  'kraken-support-desk.com', 'eth-merge-bonus.org', 'ton-airdrop.vip', 'bitget-anniv.top', 'ca-gov-refund.live']
PATHS = ['', '/claim', '/event', '/en/promo', '/connect', '/verify', '/participate', '/?ref=x', '/airdrop', '/sync']
BENIGN_HOSTS = ['binance.com/en/support/announcement', 'coinbase.com/blog', 'arbitrum.foundation',
  'kraken.com/learn', 'ledger.com/academy', 'giveth.io', 'thegivingblock.com', 'reuters.com/technology',
  'bleepingcomputer.com/news/security', 'chainabuse.com', 'github.com', 'medium.com']

def tco(rng=rng):
    return 'https://t.co/' + ''.join(rng.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10))

def scam_link():
    host = rng.choice(SCAM_HOSTS); path = rng.choice(PATHS); url = 'https://' + host + path
    r = rng.random()
    if r < 0.55: return tco(), url
    if r < 0.8: return host + path, url
    if r < 0.92: return host.replace('.', '[.]', 1), None
    return 'hxxps://' + host.replace('.', '[.]'), None

COINS = ['BTC', 'BTC', 'BTC', 'ETH', 'ETH', 'SOL', 'USDT', 'XRP']
AMT = {'BTC': ['0.1', '0.5', '1', '0.05', '2'], 'ETH': ['1', '2', '5', '0.5', '10'], 'SOL': ['10', '25', '50', '100'],
       'USDT': ['500', '1000', '2500'], 'XRP': ['1000', '2500', '5000']}
def fill(tpl, coin=None, user='user', who=None, brand=None):
    coin = coin or rng.choice(COINS)
    net = {'BTC': 'BTC', 'ETH': 'ETH', 'SOL': 'SOL', 'USDT': 'TRX', 'XRP': 'XRP'}[coin]
    n = rng.choice(AMT[coin]); nf = float(n)
    m = ('%g' % (nf * 2))
    urls = []
    d = {'coin': coin, 'n': n, 'm': m, 'user': user, 'who': who or rng.choice(WHO), 'brand': brand or rng.choice(BRANDS)}
    if '{addr}' in tpl: d['addr'] = A.make(net, rng)
    if '{link}' in tpl:
        shown, url = scam_link(); d['link'] = shown
        if url: urls.append((shown if shown.startswith('https://t.co/') else tco(), url))
    if '{link_defanged}' in tpl:
        d['link_defanged'] = rng.choice(SCAM_HOSTS).replace('.', '[.]', 1)
    return d, urls

# ---------------- obfuscation (applied to literal text only; placeholders are kept intact)
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і', 'A': 'А', 'B': 'В',
        'E': 'Е', 'O': 'О', 'C': 'С', 'T': 'Т', 'H': 'Н', 'K': 'К', 'M': 'М'}
HOMO_RU = {v: k for k, v in HOMO.items()}
LEET = {'a': '4', 'e': '3', 'o': '0', 'i': '1', 's': '5', 't': '7'}
EMO = ['🚀', '💰', '🔥', '✅', '💎', '🎁', '⚡', '🤑', '👉', '🪙']
def _words(piece, f):
    return re.sub(r'\w{4,}', lambda mo: f(mo.group(0)), piece)
def ob_homoglyph(p, lang):
    table = HOMO_RU if lang == 'ru' else HOMO
    return ''.join(table[c] if c in table and rng.random() < 0.5 else c for c in p)
def ob_zw(p, lang):
    zw = rng.choice(['\u200b', '\u200c', '\u200d', '\u2060'])
    return _words(p, lambda w: zw.join(w) if rng.random() < 0.35 else w)
def ob_full(p, lang):
    return _words(p, lambda w: ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in w) if rng.random() < 0.5 else w)
def ob_space(p, lang):
    return _words(p, lambda w: ' '.join(w) if rng.random() < 0.3 else w)
def ob_emoji(p, lang):
    return re.sub(r' ', lambda mo: ' ' + rng.choice(EMO) + ' ' if rng.random() < 0.35 else ' ', p)
def ob_leet(p, lang):
    return _words(p, lambda w: ''.join(LEET.get(c, c) if rng.random() < 0.6 else c for c in w) if rng.random() < 0.5 else w)
def ob_lines(p, lang):
    return re.sub(r' ', lambda mo: '\n' if rng.random() < 0.25 else ' ', p)
LATIN = {'en', 'es', 'pt', 'fr', 'de', 'it', 'tr'}
def obfuscate(tpl, lang):
    if lang in LATIN: methods = [ob_homoglyph, ob_zw, ob_full, ob_space, ob_emoji, ob_leet, ob_lines]
    elif lang == 'ru': methods = [ob_homoglyph, ob_zw, ob_emoji, ob_lines, ob_space]
    else: methods = [ob_zw, ob_emoji, ob_lines, ob_space]
    chosen = rng.sample(methods, rng.choice([1, 1, 2]))
    parts = re.split(r'(\{\w+\})', tpl)
    for f in chosen:
        parts = [p if re.fullmatch(r'\{\w+\}', p) else f(p, lang) for p in parts]
    return ''.join(parts), [f.__name__[3:] for f in chosen]

EXTRA_SCAM = {'en': ['', '', '', ' #Bitcoin #Giveaway', ' 🚀🚀', ' Don\'t miss out!', ' #crypto', ' ✅ Verified', ' Hurry!'],
  'es': ['', '', ' #Bitcoin', ' ¡No te lo pierdas!', ' 🚀'], 'pt': ['', '', ' #Bitcoin', ' Corre!', ' 🚀'],
  'fr': ['', '', ' #Bitcoin', ' Ne ratez pas ça !'], 'de': ['', '', ' #Bitcoin', ' Schnell sein!'],
  'it': ['', '', ' #Bitcoin', ' Affrettatevi!'], 'ru': ['', '', ' #Биткоин', ' Успейте!'],
  'tr': ['', '', ' #Bitcoin', ' Acele edin!'], 'ar': ['', '', ' #بيتكوين', ' سارعوا!'],
  'ja': ['', '', ' #ビットコイン', ' お急ぎください！'], 'ko': ['', '', ' #비트코인', ' 서두르세요!'], 'zh': ['', '', ' #比特币', ' 抓紧时间！']}

# ---------------- posts
posts = []   # dicts with t, obj pieces, label
def add_post(t, aid, text, lang, source, label, urls=(), reply_to=None, ref=None, meta=None):
    p = dict(t=t, aid=aid, text=text, lang=lang, source=source, label=label, urls=list(urls),
             reply_to=reply_to, ref=ref, meta=meta or {})
    posts.append(p); return p
events = []
def add_event(t, aid, typ):
    events.append(dict(t=t, aid=aid, type=typ))

def scam_text(lang, kinds=None, who=None, user=None, force_ob=None):
    pool = TX[lang]['SCAM']
    if kinds: pool = [x for x in pool if x[0] in kinds] or TX[lang]['SCAM']
    kind, tpl = rng.choice(pool)
    tpl = tpl + rng.choice(EXTRA_SCAM[lang])
    ob = []
    if (force_ob if force_ob is not None else rng.random() < 0.25):
        tpl, ob = obfuscate(tpl, lang)
    d, urls = fill(tpl, user=user or 'user', who=who)
    return kind, tpl.format(**d), urls, ob

CLIENTS = ['Twitter for iPhone', 'Twitter for Android', 'Twitter Web App', 'TweetDeck Web App', 'Hootsuite Inc.', 'Sprout Social']
NEW_CLIENTS = ['Twitter for iPad', 'Twitter Web App', 'Twitter for Android', 'X Pro', 'Tweetbot 3 for iOS']
SEC = ['password_reset', 'email_changed', 'login_new_device', 'phone_changed', 'mfa_disabled', 'session_revoked']

# language weights
SCAM_PER_LANG = {'en': 105, 'es': 22, 'pt': 20, 'fr': 19, 'de': 19, 'it': 17, 'ru': 19, 'tr': 17, 'ar': 17, 'ja': 17, 'ko': 17, 'zh': 16}
HIJ_PER_LANG = {'en': 8, 'es': 3, 'pt': 2, 'fr': 2, 'de': 2, 'it': 2, 'ru': 2, 'tr': 2, 'ar': 2, 'ja': 2, 'ko': 2, 'zh': 1}
BEN_PER_LANG = {'en': 120, 'es': 24, 'pt': 22, 'fr': 22, 'de': 22, 'it': 20, 'ru': 22, 'tr': 20, 'ar': 20, 'ja': 20, 'ko': 20, 'zh': 20}

# ---- normal (benign) accounts, per language
def handle(base):
    return base + str(rng.randint(1, 9999)) if rng.random() < 0.5 else base + '_' + rng.choice(['x', 'jr', 'dev', 'io', 'news', 'real'])
NORMAL_BASES = {
 'en': ['cryptodesk', 'chainsleuth', 'btc_maxi_dan', 'sarah_builds', 'mattdoescharts', 'reliefnow', 'techwire', 'securityjen', 'oldmanbitcoin', 'dogshelter_ok', 'nodeops', 'fintech_daily'],
 'es': ['criptonoticias', 'laura_btc', 'fundacion_sol', 'pepe_trader', 'segurinfo'], 'pt': ['portalcripto', 'joao_hodl', 'ong_esperanca', 'segurancadigital'],
 'fr': ['journalcrypto', 'claire_onchain', 'asso_refuge', 'cyberveille'], 'de': ['kryptoticker', 'jonas_btc', 'tierheim_nord', 'itsicherheit'],
 'it': ['notiziecrypto', 'marco_hodl', 'onlus_mare', 'sicurezzaweb'], 'ru': ['kriptonovosti', 'ivan_btc', 'fond_pomoshi', 'infobez_ru'],
 'tr': ['kriptohaber', 'emre_btc', 'dernek_umut', 'siberguvenlik'], 'ar': ['akhbar_crypto', 'omar_btc', 'jamiya_khair', 'amn_raqmi'],
 'ja': ['crypto_news_jp', 'takeshi_btc', 'npo_hikari', 'security_jp'], 'ko': ['coin_news_kr', 'minsu_btc', 'hope_ngo_kr', 'security_kr'],
 'zh': ['bilian_news', 'xiaoming_btc', 'aixin_jijin', 'anquan_zh']}
normal_by_lang = {}
for lang in LANGS:
    ids = []
    for b in NORMAL_BASES[lang]:
        for k in range(3):
            ver = rng.random() < 0.3
            ids.append(new_account(handle(b), b.replace('_', ' ').title(), ver,
                                   rtime(dt.datetime(2009, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(2024, 12, 1, tzinfo=dt.timezone.utc)),
                                   rng.randint(50, 900000) if ver else rng.randint(5, 8000), 'normal'))
    normal_by_lang[lang] = ids
BRAND_ACCTS = {}
for b in BRANDS:
    BRAND_ACCTS[b] = new_account(b.replace(' ', ''), b, True, rtime(dt.datetime(2012, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(2019, 1, 1, tzinfo=dt.timezone.utc)), rng.randint(400000, 12000000), 'normal')

# ---- hijacked accounts
HIJ_PERSONAS = {'en': [('Harbor City Symphony', 'harborsymphony'), ('Dana Whitfield', 'danawhitfield'), ('Northside FC', 'northsidefc'),
  ('The Daily Ledger', 'dailyledger'), ('Lumen Labs', 'lumenlabs'), ('Chef Rico Alvarez', 'chefrico'), ('Riverbend Public Library', 'riverbendlib'),
  ('Kai Nakamura', 'kainakamura')],
  'es': [('Lucía Ferrer', 'luciaferrer'), ('Grupo Solar Verde', 'solarverde'), ('Club Atlético Sur', 'atleticosur')],
  'pt': [('Bruno Almeida', 'brunoalmeida'), ('Estúdio Vento', 'estudiovento')], 'fr': [('Camille Roussel', 'camroussel'), ('Théâtre du Quai', 'theatrequai')],
  'de': [('Lena Vogt', 'lenavogt'), ('Bergwerk Records', 'bergwerkrec')], 'it': [('Giulia Ricci', 'giuliaricci'), ('Trattoria Sole', 'trattoriasole')],
  'ru': [('Алексей Морозов', 'a_morozov'), ('Студия Север', 'studia_sever')], 'tr': [('Kerem Yıldız', 'keremyildiz'), ('Ada Kitabevi', 'adakitabevi')],
  'ar': [('نورة العتيبي', 'noura_otb'), ('مقهى الياسمين', 'yasmin_cafe')], 'ja': [('佐藤ゆい', 'yui_sato'), ('東京ブックス', 'tokyobooks')],
  'ko': [('김지훈', 'jihoon_kim'), ('서울 베이커리', 'seoulbakery')], 'zh': [('林小雨', 'lin_xiaoyu')]}
hijacked = []
for lang in LANGS:
    for _ in range(HIJ_PER_LANG[lang]):
        name, uname = HIJ_PERSONAS[lang][_]
        aid = new_account(uname[:15], name, True, rtime(dt.datetime(2009, 3, 1, tzinfo=dt.timezone.utc), dt.datetime(2018, 6, 1, tzinfo=dt.timezone.utc)),
                          rng.randint(12000, 3500000), 'hijacked')
        hijacked.append((aid, lang, name))

scam_count = {l: 0 for l in LANGS}
hijack_modes = (['event'] * 15 + ['client'] * 8 + ['none'] * 7)
rng.shuffle(hijack_modes)
for (aid, lang, name), mode in zip(hijacked, hijack_modes):
    client = rng.choice(CLIENTS)
    t_scam = rtime(dt.datetime(2026, 10, 10, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 18, tzinfo=dt.timezone.utc))
    chat = PERSONA_CHAT.get(accounts[aid]['username'], TX[lang]['CHAT'])
    nh = rng.randint(8, min(20, len(chat)))
    start = t_scam - dt.timedelta(days=rng.randint(21, 45))
    hist_times = sorted(rtime(start, t_scam - dt.timedelta(hours=6)) for _ in range(nh))
    for t, line in zip(hist_times, rng.sample(chat, nh)):
        add_post(t, aid, line, lang, client, 'benign', meta={'kind': 'history'})
    src = client
    if mode == 'event':
        k = rng.choice([1, 1, 2])
        for j in range(k):
            add_event(t_scam - dt.timedelta(minutes=rng.randint(4, 90) + 30 * j), aid, rng.choice(SEC))
        if rng.random() < 0.4: src = rng.choice([c for c in NEW_CLIENTS if c != client])
    elif mode == 'client':
        src = rng.choice([c for c in NEW_CLIENTS if c != client])
    nscam = rng.choice([1, 1, 2, 2, 3])
    t = t_scam
    for j in range(nscam):
        kind, text, urls, ob = scam_text(lang, kinds={'double', 'event', 'airdrop'} if j == 0 else {'double', 'event', 'airdrop', 'validate', 'drop'}, who=name)
        add_post(t, aid, text, lang, src, 'scam', urls, meta={'kind': kind, 'ob': ob, 'hijacked': True, 'mode': mode})
        scam_count[lang] += 1
        t += dt.timedelta(minutes=rng.randint(3, 40))
    if rng.random() < 0.45:   # the owner gets the account back and posts a notice
        hk = [x for x in TX[lang]['BENIGN'] if x[0] == 'hacked']
        if hk:
            d, urls = fill(rng.choice(hk)[1])
            add_post(t + dt.timedelta(hours=rng.randint(2, 20)), aid, rng.choice(hk)[1].format(**d), lang, client, 'benign', meta={'kind': 'hacked'})

# ---- dedicated scam accounts
SCAM_NAMES = [('Elon Musk', 'elonmusk'), ('Michael Saylor ⚡', 'saylor'), ('Vitalik Buterin', 'VitalikButerin'), ('Binance Support', 'BinanceHelp'),
  ('Coinbase Care', 'CoinbaseCare'), ('MetaMask Support', 'MetaMaskHelp'), ('Airdrop Alerts', 'airdrops'), ('Crypto Giveaway', 'giveaway'),
  ('Tesla Event', 'TeslaEvent'), ('Recovery Expert', 'recoverypro'), ('Trust Wallet Help', 'TrustWalletHQ'), ('Ledger Support', 'LedgerCare'),
  ('CZ 🔶 Binance', 'cz_binance'), ('Cathie Wood', 'CathieDWood'), ('SpaceX Official', 'SpaceXlive'), ('Jupiter Airdrop', 'JupAirdrop')]
for lang in LANGS:
    target = SCAM_PER_LANG[lang] - scam_count[lang]
    while target > 0:
        nm, base = rng.choice(SCAM_NAMES)
        uname = base + rng.choice(['_', '', 'x', '0']) + str(rng.randint(1, 999)) if rng.random() < 0.8 else base + rng.choice(['_live', '_event', '2x', '_official'])
        first = rtime(dt.datetime(2026, 9, 10, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 18, tzinfo=dt.timezone.utc))
        aid = new_account(uname[:15], nm, rng.random() < 0.2, first - dt.timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 23)),
                          rng.randint(0, 450), 'scammer')
        k = min(target, rng.choice([1, 2, 2, 3, 4]))
        t = first; src = rng.choice(['Twitter Web App', 'Twitter for Android', 'Twitter for iPhone'])
        for _ in range(k):
            victim = rng.choice(normal_by_lang[lang])
            kind, text, urls, ob = scam_text(lang, who=nm if nm in WHO else None, user=accounts[victim]['username'])
            reply_to = victim if kind in ('recovery', 'fee') or text.startswith('@') else None
            add_post(t, aid, text, lang, src, 'scam', urls, reply_to=reply_to, meta={'kind': kind, 'ob': ob})
            t += dt.timedelta(minutes=rng.randint(2, 300)); target -= 1; scam_count[lang] += 1

# ---- benign hard negatives
ben_count = {l: 0 for l in LANGS}
for lang in LANGS:
    pool = TX[lang]['BENIGN']
    for i in range(BEN_PER_LANG[lang]):
        kind, tpl = pool[i % len(pool)] if i < len(pool) else rng.choice(pool)
        if kind == 'promo': aid = rng.choice([BRAND_ACCTS[b] for b in BRANDS] + normal_by_lang[lang])
        else: aid = rng.choice(normal_by_lang[lang])
        d, _ = fill(tpl)
        text = tpl.format(**d)
        urls = []
        if kind in ('news', 'research', 'promo', 'charity') and rng.random() < 0.5:
            u = 'https://' + rng.choice(BENIGN_HOSTS) + '/' + str(rng.randint(1000, 99999)); sh = tco()
            text += ' ' + sh; urls.append((sh, u))
        add_post(rtime(), aid, text, lang, rng.choice(CLIENTS), 'benign', urls, meta={'kind': kind})
        ben_count[lang] += 1

# ---- retweets and quote-warnings of scam posts by normal accounts (benign: not their own speech)
scam_posts = [p for p in posts if p['label'] == 'scam']
for sp in rng.sample(scam_posts, 14):
    aid = rng.choice(normal_by_lang[sp['lang']])
    add_post(sp['t'] + dt.timedelta(minutes=rng.randint(1, 60)), aid, None, sp['lang'], rng.choice(CLIENTS), 'benign',
             ref=('retweeted', sp), meta={'kind': 'retweet'})
QUOTE = {'en': ["This is a scam. Do not send anything.", "Reported. Classic doubling scam, stay away.", "Account looks hacked, don't fall for this"],
         'es': ["Esto es una estafa, no envíen nada."], 'pt': ["Golpe! Não mandem nada."], 'fr': ["Arnaque, n'envoyez rien."],
         'de': ["Betrug! Nichts senden."], 'it': ["Truffa, non mandate niente."], 'ru': ["Это развод, ничего не отправляйте."],
         'tr': ["Dolandırıcılık, bir şey göndermeyin."], 'ar': ["هذا احتيال، لا ترسلوا شيئاً."], 'ja': ["これは詐欺です。送金しないで。"],
         'ko': ["사기입니다. 송금하지 마세요."], 'zh': ["这是骗局，不要转账。"]}
for sp in rng.sample(scam_posts, 12):
    aid = rng.choice(normal_by_lang[sp['lang']])
    add_post(sp['t'] + dt.timedelta(minutes=rng.randint(2, 90)), aid, rng.choice(QUOTE[sp['lang']]), sp['lang'], rng.choice(CLIENTS), 'benign',
             ref=('quoted', sp), meta={'kind': 'quote_warning'})

# ---------------- ids and output
items = [('p', p['t'], p) for p in posts] + [('e', e['t'], e) for e in events]
items.sort(key=lambda x: (x[1], 0 if x[0] == 'e' else 1))
pid = 1860000000000000001
for kind, t, o in items:
    if kind == 'p': o['id'] = str(pid); pid += 1
def user_obj(aid):
    return dict(accounts[aid])
lines = []
for kind, t, o in items:
    if kind == 'e':
        lines.append({'account_event': {'account_id': o['aid'], 'type': o['type'], 'created_at': ts(t, ms=False)}}); continue
    data = {'id': o['id'], 'text': o['text'], 'author_id': o['aid'], 'created_at': ts(t), 'lang': o['lang'], 'source': o['source']}
    inc = {'users': [user_obj(o['aid'])]}
    if o['ref']:
        rt, sp = o['ref']
        data['referenced_tweets'] = [{'type': rt, 'id': sp['id']}]
        inc['tweets'] = [{'id': sp['id'], 'text': sp['text'], 'author_id': sp['aid']}]
        if sp['aid'] != o['aid']: inc['users'].append(user_obj(sp['aid']))
        if rt == 'retweeted':
            data['text'] = 'RT @%s: %s' % (accounts[sp['aid']]['username'], sp['text'][:110])
        else:
            sh = tco(); data['text'] = o['text'] + ' ' + sh
    if o['reply_to']: data['in_reply_to_user_id'] = o['reply_to']
    if o['urls']:
        data['entities'] = {'urls': [{'url': sh, 'expanded_url': u} for sh, u in o['urls']]}
    lines.append({'data': data, 'includes': inc})
with open(os.path.join(OUT, 'posts.jsonl'), 'w', encoding='utf-8') as f:
    for l in lines: f.write(json.dumps(l, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
    f.write('kind,id,label\n# posts: scam or benign\n')
    for _, t, o in items:
        if _ == 'p': f.write('post,%s,%s\n' % (o['id'], o['label']))
    f.write('# accounts: hijacked, scammer or normal\n')
    used = {o['aid'] for _, t, o in items if _ == 'p'} | {o['aid'] for _, t, o in items if _ == 'e'}
    for aid in sorted(used, key=int): f.write('account,%s,%s\n' % (aid, labels_acc[aid]))
# stats for the README
from collections import Counter
st = {'posts': Counter(p['label'] for p in posts),
      'by_lang': {l: dict(Counter(p['label'] for p in posts if p['lang'] == l)) for l in LANGS},
      'scam_kind': Counter(p['meta'].get('kind') for p in posts if p['label'] == 'scam'),
      'benign_kind': Counter(p['meta'].get('kind') for p in posts if p['label'] == 'benign'),
      'obfuscated': sum(1 for p in posts if p['label'] == 'scam' and p['meta'].get('ob')),
      'ob_methods': Counter(m for p in posts if p['label'] == 'scam' for m in p['meta'].get('ob', [])),
      'accounts': Counter(labels_acc[a] for a in {p['aid'] for p in posts}), 'events': len(events),
      'hijack_modes': Counter(hijack_modes), 'hijacked_scam_posts': sum(1 for p in posts if p['meta'].get('hijacked'))}
with open(os.path.join(OUT, 'stats.json'), 'w') as f: json.dump(st, f, indent=1, ensure_ascii=False)
print(json.dumps(st, ensure_ascii=False, indent=1))
