#!/usr/bin/env python3
"""Deterministic generator for the scamwatch development corpus.

Usage:  python3 make_dev.py [OUTDIR]      (default: directory of this file)

Writes posts.jsonl, labels.csv, meta.csv and addresses.csv.  Only the Python 3
standard library is used; the random generator is seeded with 20261127 and no
wall-clock time is read, so repeated runs are byte-identical (independent of
PYTHONHASHSEED: no set/dict-of-str iteration order is relied upon).
"""
import csv
import io
import json
import os
import re
import sys
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import cryptoaddr as ca  # noqa: E402
import texts_en  # noqa: E402
import texts_romance  # noqa: E402
import texts_de_ru_tr  # noqa: E402
import texts_ar  # noqa: E402
import texts_cjk  # noqa: E402

DATA = {}
for _m in (texts_en, texts_romance, texts_de_ru_tr, texts_ar, texts_cjk):
    DATA.update(_m.DATA)

LANGS = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'tr', 'ar', 'ja', 'ko', 'zh']
LATIN = ('en', 'es', 'pt', 'fr', 'de', 'it', 'tr')
NOSPACE = ('ja', 'zh')

SEED = 20261127
UTC = timezone.utc
T0 = datetime(2026, 9, 1, 0, 0, 0, tzinfo=UTC)
T1 = datetime(2026, 10, 31, 23, 59, 59, tzinfo=UTC)
POST_ID0 = 1840000000000000001
ACCT_ID0 = 8100001

SCAM_TARGET = {'en': 212}
HN_PLAN = {'news_quote': 4, 'warning': 3, 'victim_ask': 2, 'victim_lost': 2, 'victim_support': 1,
           'reply_callout': 3, 'quote_callout': 2, 'retweet': 3, 'donation': 2, 'tipjar': 1,
           'freelancer': 1, 'exchange_promo': 2, 'legit_giveaway': 2, 'airdrop_official': 1,
           'nft_mint': 1, 'price_talk': 3, 'yield': 1, 'release_notes': 1, 'conference': 1,
           'meme': 2}
EN_FACTOR = 5.5

SCAM_KINDS = ['double', 'multi', 'tier', 'sent', 'link_event', 'link_qr', 'link_drainer',
              'link_validate', 'drop', 'dm', 'recovery', 'support']
ADDR_KINDS = ('double', 'multi', 'tier', 'sent')
LINK_FAMILY = {'link_event': 'event', 'link_qr': 'qr', 'link_drainer': 'drainer',
               'link_validate': 'validate', 'support': 'support'}
FAMILY_OF_KIND = {'double': 'giveaway', 'multi': 'giveaway', 'tier': 'giveaway', 'sent': 'giveaway',
                  'link_event': 'giveaway', 'link_qr': 'giveaway', 'drop': 'giveaway', 'dm': 'giveaway',
                  'link_drainer': 'drainer', 'link_validate': 'drainer', 'recovery': 'recovery',
                  'support': 'support'}
FILL_WEIGHTS = [('double', 16), ('multi', 11), ('tier', 12), ('sent', 6), ('link_event', 14),
                ('link_qr', 5), ('link_drainer', 11), ('link_validate', 5), ('drop', 8), ('dm', 5),
                ('recovery', 3), ('support', 3)]

SOURCES_NORMAL = ['Twitter for iPhone', 'Twitter for iPhone', 'Twitter for Android', 'Twitter Web App',
                  'Twitter Web App', 'TweetDeck', 'Sprout Social', 'Hootsuite Inc.', 'Twitter Media Studio',
                  'Buffer', 'Later.com']
SOURCES_SCAM = ['Twitter Web App', 'Twitter Web App', 'Twitter for Android', 'Twitter for iPhone']
EVENT_TYPES = ['password_reset', 'email_changed', 'login_new_device', 'mfa_disabled']

# ---------------------------------------------------------------- coins ---
COIN_W = [('BTC', 35), ('ETH', 25), ('SOL', 8), ('XRP', 8), ('USDT', 6), ('TRX', 2), ('DOGE', 6),
          ('LTC', 5), ('ADA', 5)]
COINNAME = {'BTC': 'Bitcoin', 'ETH': 'Ethereum', 'SOL': 'Solana', 'XRP': 'XRP', 'USDT': 'USDT',
            'TRX': 'TRON', 'DOGE': 'Dogecoin', 'LTC': 'Litecoin', 'ADA': 'Cardano'}
LADDER = {'BTC': [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 3, 5, 10, 20],
          'ETH': [0.1, 0.2, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 50, 100],
          'SOL': [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000],
          'XRP': [500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000],
          'USDT': [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 25000, 50000],
          'TRX': [1000, 2000, 5000, 10000, 20000, 50000, 100000, 250000],
          'DOGE': [1000, 2000, 5000, 10000, 20000, 50000, 100000, 250000, 500000],
          'LTC': [1, 2, 5, 10, 20, 25, 50, 100, 250],
          'ADA': [500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000]}
TOTALS = {'BTC': [500, 1000, 2500, 5000], 'ETH': [5000, 10000, 25000, 50000],
          'SOL': [100000, 250000, 500000], 'XRP': [10000000, 25000000, 50000000],
          'USDT': [1000000, 5000000, 10000000], 'TRX': [50000000, 100000000],
          'DOGE': [50000000, 100000000], 'LTC': [50000, 100000], 'ADA': [20000000, 50000000]}
URI_SCHEME = {'BTC': 'bitcoin', 'ETH': 'ethereum', 'SOL': 'solana', 'LTC': 'litecoin', 'DOGE': 'dogecoin'}
EXPLORERS = {
    'BTC': ['https://www.blockchain.com/btc/address/{a}', 'https://mempool.space/address/{a}',
            'https://blockchair.com/bitcoin/address/{a}', 'https://www.blockchain.com/explorer/addresses/btc/{a}'],
    'ETH': ['https://etherscan.io/address/{a}', 'https://blockchair.com/ethereum/address/{a}'],
    'SOL': ['https://solscan.io/account/{a}', 'https://explorer.solana.com/address/{a}'],
    'XRP': ['https://xrpscan.com/account/{a}', 'https://livenet.xrpl.org/accounts/{a}'],
    'USDT': ['https://tronscan.org/#/address/{a}'], 'TRX': ['https://tronscan.org/#/address/{a}'],
    'DOGE': ['https://blockchair.com/dogecoin/address/{a}', 'https://dogechain.info/address/{a}'],
    'LTC': ['https://blockchair.com/litecoin/address/{a}', 'https://litecoinspace.org/address/{a}'],
    'ADA': ['https://cardanoscan.io/address/{a}'],
}
LOC = {'en': ('.', ','), 'ja': ('.', ','), 'ko': ('.', ','), 'zh': ('.', ','), 'ar': ('.', ','),
       'de': (',', '.'), 'es': (',', '.'), 'pt': (',', '.'), 'it': (',', '.'), 'tr': (',', '.'),
       'fr': (',', ' '), 'ru': (',', ' ')}

# ------------------------------------------------------------- domains ---
FAMOUS_SLUGS = ['musk', 'elon', 'tesla', 'spacex', 'binance', 'coinbase', 'ripple', 'xrp', 'btc', 'eth',
                'vitalik', 'saylor', 'cardano', 'solana', 'tron', 'bitcoin', 'ethereum', 'doge', 'cz',
                'microstrategy', 'ark', 'kraken', 'ledger']
EVENT_WORDS = ['giveaway', 'event', 'x2', '2x', 'bonus', 'gift', 'promo', 'claim', 'drop', 'live', 'double',
               'official', 'reward', 'stream', 'fest', 'payback', 'give']
SCAM_TLDS = ['.live', '.gift', '.top', '.xyz', '.org', '.com', '.net', '.io', '.app', '.site', '.online',
             '.pro', '.club', '.info', '.events', '.vip', '.fun', '.us', '.cc']
TYPO_DOMAINS = ['binnance-promo.com', 'coinbasse-event.live', 'teslla-x2.com', 'spacex-evnt.org',
                'elonmuskk.live', 'rippel-giveaway.net', 'vitallik-eth.org', 'saylorr-btc.com',
                'b1nance-bonus.app', 'c0inbase-gift.com', 'cardan0-event.io', 'musk-tesIa.live',
                'tes1a-crypto.com', 'microstrateqy-btc.live', 'blnance-x2.site']
DRAINER_BRANDS = ['metamask', 'uniswap', 'arbitrum', 'opensea', 'phantom', 'blur', 'layerzero', 'zksync',
                  'pepe', 'jupiter', 'eigen', 'starknet', 'optimism', 'celestia', 'magiceden']
DRAINER_WORDS = ['airdrop', 'claim', 'rewards', 'drop', 'mint', 'bonus', 'eligibility', 'distribution']
VALIDATE_DOMAINS = ['walletsync-node', 'dapps-rectify', 'validate-wallet', 'wallet-rectify', 'node-sync',
                    'web3-validate', 'secure-walletconnect', 'chain-resync', 'wallet-migrate',
                    'dappconnect-fix', 'token-restore', 'walletvalidator']
SUPPORT_BRANDS = ['binance', 'coinbase', 'kraken', 'trustwallet', 'metamask', 'ledger', 'okx', 'bybit',
                  'exodus', 'phantom']
SUPPORT_WORDS = ['support', 'helpdesk', 'help-center', 'care', 'assist', 'resolve', 'ticket']
BRANDS = ['MetaMask', 'Uniswap', 'Arbitrum', 'OpenSea', 'Phantom', 'LayerZero', 'zkSync', 'Jupiter',
          'Starknet', 'Optimism', 'Ledger Live', 'Trust Wallet']
TOKENS = ['$NEXA', '$ORBIT', '$PIXL', '$LUMA', '$VRTX', '$ZEPH', '$KORA', '$AXON', '$MIRA', '$TIDE']
EVENT_NAMES = ['Tesla', 'SpaceX', 'Binance', 'MicroStrategy', 'Ripple', 'Cardano', 'Coinbase', 'Ark Invest']
FAMOUS_LOOKALIKES = [('elon_giveaway_official', 'Elon Musk'), ('elonmusk_event2x', 'Elon Musk ✔'),
                     ('vitalik_eth_event', 'Vitalik Buterin'), ('saylor_btc_promo', 'Michael Saylor ⚡'),
                     ('cathie_ark_live', 'Cathie Wood'), ('garlinghouse_xrp', 'Brad Garlinghouse'),
                     ('hoskinson_ada_gift', 'Charles Hoskinson'), ('cz_binance_bonus', 'CZ 🔶 BNB'),
                     ('tesla_event_live', 'Tesla Event'), ('spacex_launch_gift', 'SpaceX Live'),
                     ('justin_tron_drop', 'H.E. Justin Sun'), ('microstrategy_btc2x', 'MicroStrategy')]
EXPERTS = ['Mr. Harlan Voss', 'Agent Cole Ridley', 'Dr. Ethan Maddox', 'Mrs. Gloria Kent', 'Mr. Warren Thorne',
           'Agent Lydia Marsh', 'Mr. Desmond Hale']
HANDLE_BITS = ['recovery', 'trace', 'fundsback', 'cyberfix', 'assetrecover', 'chainforensic', 'refundpro',
               'hackretrieve', 'walletrescue']

EMOJI = ['🚀', '💰', '🔥', '🎁', '✅', '💎', '⚡', '🤑', '📈', '🙌', '💸', '🪙', '⭐', '👉', '🎉', '🟢']
BULLETS = ['✅', '🔹', '👉', '🎁', '⚡', '💎', '▪️', '🔥', '📌']
ZW = ['\u200b', '\u200c', '\u200d', '\u2060']
L2C = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і', 'A': 'А',
       'B': 'В', 'E': 'Е', 'K': 'К', 'M': 'М', 'H': 'Н', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т',
       'X': 'Х'}
C2L = {'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'А': 'A', 'В': 'B',
       'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X'}
LEET = {'a': '4', 'e': '3', 'o': '0', 'i': '1', 's': '5', 't': '7', 'A': '4', 'E': '3', 'O': '0',
        'I': '1', 'S': '5'}
OBF_BY_LANG = {l: ['emoji_between', 'letter_space', 'fullwidth', 'homoglyph', 'zero_width', 'leet',
                   'linebreak', 'bullets'] for l in LATIN}
OBF_BY_LANG['ru'] = ['emoji_between', 'letter_space', 'homoglyph', 'zero_width', 'linebreak', 'bullets',
                     'fullwidth']
OBF_BY_LANG['ar'] = ['emoji_between', 'letter_space', 'zero_width', 'linebreak', 'bullets', 'tatweel',
                     'fullwidth']
for _l in ('ja', 'ko', 'zh'):
    OBF_BY_LANG[_l] = ['emoji_between', 'letter_space', 'zero_width', 'linebreak', 'bullets', 'fullwidth']

SLOT_RE = re.compile(r'\{([a-z0-9_]+)\}')


def iso_ms(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.000Z'


def iso_s(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def clamp(t):
    return min(max(t, T0), T1)


class Account:
    def __init__(self, aid, username, name, verified, created, followers, lang, role, kind='',
                 source='Twitter Web App', domain=None):
        self.id = str(aid)
        self.username = username
        self.name = name
        self.verified = verified
        self.created = created
        self.followers = followers
        self.lang = lang
        self.role = role          # hijacked | scammer | normal
        self.kind = kind          # topic / normal role / scammer family
        self.source = source
        self.domain = domain
        self.posts = []
        self.last_t = None
        self.lookalike = False

    def obj(self):
        return {'id': self.id, 'username': self.username, 'name': self.name, 'verified': self.verified,
                'created_at': iso_ms(self.created), 'public_metrics': {'followers_count': self.followers}}


class Post:
    def __init__(self, seq, author, t, lang, label, role, kind):
        self.seq = seq
        self.author = author
        self.t = t
        self.lang = lang
        self.label = label        # scam | benign
        self.role = role          # scam | hardneg | history
        self.kind = kind
        self.text = ''
        self.source = author.source
        self.refs = []            # (type, Post)
        self.reply_user = None
        self.urls = []            # (tco, expanded)
        self.addrs = []           # (coin, addr, form)
        self.domains = []
        self.variant = []
        self.id = None
        self.quote_link = False


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.accounts = []
        self.posts = []
        self.events = []
        self.seq = 0
        self.decks = {}
        self.usernames = set()
        self.tcos = set()
        self.scam_domains = []
        self.scam_addrs = []      # (coin, addr)
        self.scam_handles = []
        self.normals = {}         # lang -> role -> [Account]
        self.scammers = {}        # (lang, family) -> [Account]
        self.hijacked = []

    # ------------------------------------------------------------ utils ---
    def nseq(self):
        self.seq += 1
        return self.seq

    def rtime(self, a, b):
        a, b = clamp(a), clamp(b)
        if b <= a:
            return a
        return a + timedelta(seconds=self.r.randrange(int((b - a).total_seconds()) + 1))

    def pick_w(self, pairs):
        items = [p[0] for p in pairs]
        weights = [p[1] for p in pairs]
        return self.r.choices(items, weights)[0]

    def deck(self, key, items):
        d = self.decks.get(key)
        if not d:
            d = list(range(len(items)))
            self.r.shuffle(d)
            self.decks[key] = d
        return items[d.pop()]

    def uniq_username(self, base):
        base = base[:15] if len(base) > 15 else base
        u = base
        while u.lower() in self.usernames:
            suffix = self.r.choice(['', '_']) + str(self.r.randrange(1, 9999))
            u = base[:15 - len(suffix)] + suffix
        self.usernames.add(u.lower())
        return u

    def tco(self):
        while True:
            c = ''.join(self.r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
                        for _ in range(10))
            if c not in self.tcos:
                self.tcos.add(c)
                return 'https://t.co/' + c

    def rb(self, n):
        return self.r.getrandbits(8 * n).to_bytes(n, 'big')

    def new_addr(self, coin):
        r = self.r
        if coin == 'BTC':
            k = self.pick_w([('p2pkh', 25), ('p2sh', 20), ('p2wpkh', 40), ('p2tr', 15)])
            if k == 'p2pkh':
                return ca.b58check(b'\x00' + self.rb(20))
            if k == 'p2sh':
                return ca.b58check(b'\x05' + self.rb(20))
            if k == 'p2wpkh':
                return ca.segwit_address('bc', 0, self.rb(20))
            return ca.segwit_address('bc', 1, self.rb(32))
        if coin == 'ETH':
            raw = self.rb(20)
            return ca.eip55(raw) if r.random() < 0.7 else '0x' + raw.hex()
        if coin == 'SOL':
            return ca.b58encode(self.rb(32))
        if coin in ('USDT', 'TRX'):
            return ca.b58check(b'\x41' + self.rb(20))
        if coin == 'XRP':
            return ca.b58check(b'\x00' + self.rb(20), ca.XRP58)
        if coin == 'DOGE':
            return ca.b58check(b'\x1e' + self.rb(20))
        if coin == 'LTC':
            if r.random() < 0.5:
                return ca.b58check(b'\x30' + self.rb(20))
            return ca.segwit_address('ltc', 0, self.rb(20))
        if coin == 'ADA':
            return ca.bech32_encode('addr', ca.convertbits(b'\x01' + self.rb(56), 8, 5), ca.BECH32_CONST)
        raise ValueError(coin)

    def set_locale(self, lang):
        dec, th = LOC[lang]
        if lang != 'en' and dec == ',' and self.r.random() < 0.3:
            dec, th = '.', ','
        self.loc = (lang, dec, th, self.r.random() < 0.5)

    def fmt_amt(self, x, lang):
        s = ('%.8f' % x).rstrip('0').rstrip('.')
        ip, _, fp = s.partition('.')
        if getattr(self, 'loc', None) is None or self.loc[0] != lang:
            self.set_locale(lang)
        _, dec, th, group4 = self.loc
        if len(ip) > 4 or (len(ip) == 4 and group4):
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = th.join(groups)
        return ip + (dec + fp if fp else '')

    # ------------------------------------------------------- accounts ---
    def add_account(self, username, name, verified, created, followers, lang, role, kind='', source=None,
                    domain=None):
        a = Account(ACCT_ID0 + len(self.accounts), self.uniq_username(username), name, verified, created,
                    followers, lang, role, kind, source or self.r.choice(SOURCES_NORMAL), domain)
        self.accounts.append(a)
        return a

    def old_created(self, y0=2009, y1=2020):
        y = self.r.randint(y0, y1)
        return datetime(y, self.r.randint(1, 12), self.r.randint(1, 28), self.r.randrange(24),
                        self.r.randrange(60), self.r.randrange(60), tzinfo=UTC)

    def log_followers(self, lo, hi):
        import math
        return int(math.exp(self.r.uniform(math.log(lo), math.log(hi))))

    def make_normals(self):
        ranges = {'news': (50000, 3000000), 'security': (10000, 400000), 'exchange': (100000, 5000000),
                  'charity': (5000, 200000), 'trader': (2000, 300000), 'project': (20000, 800000),
                  'events': (3000, 60000)}
        for lang in LANGS:
            self.normals[lang] = {}
            for role, uname, name, domain in DATA[lang]['normals']:
                lo, hi = ranges[role]
                a = self.add_account(uname, name, self.r.random() < 0.8, self.old_created(2009, 2021),
                                     self.log_followers(lo, hi), lang, 'normal', role,
                                     self.r.choice(['Twitter Web App', 'TweetDeck', 'Sprout Social',
                                                    'Hootsuite Inc.', 'Twitter for iPhone']), domain)
                self.normals[lang].setdefault(role, []).append(a)

    def oneoff(self, lang):
        d = DATA[lang]
        base = self.r.choice(d['people'])
        style = self.r.randrange(4)
        if style == 0:
            u = base + str(self.r.randrange(1, 999))
        elif style == 1:
            u = base + '_' + self.r.choice(['x', 'btc', 'real', 'dev', 'fan', 'tr', 'ok', 'zz', 'on'])
        elif style == 2:
            u = self.r.choice(['the', 'its', 'just', 'mr', 'ms', 'im']) + base
        else:
            u = base + str(self.r.randrange(1980, 2008))
        disp = self.r.choice(d['people_names'])
        return self.add_account(u, disp, self.r.random() < 0.08, self.old_created(2011, 2025),
                                self.log_followers(8, 6000), lang, 'normal', 'oneoff')

    def new_scammer(self, lang, family, t_first):
        d = DATA[lang]
        pool = list(d['scammers'][family])
        if family == 'giveaway' and (lang == 'en' or self.r.random() < 0.3):
            pool = pool + FAMOUS_LOOKALIKES
        u, n = self.r.choice(pool)
        created = t_first - timedelta(days=self.r.randint(1, 20), seconds=self.r.randrange(86400))
        a = self.add_account(u, n, self.r.random() < 0.2, created, self.r.randrange(0, 1500), lang, 'scammer',
                             family, self.r.choice(SOURCES_SCAM))
        a.lookalike = (u, n) in FAMOUS_LOOKALIKES
        self.scammers.setdefault((lang, family), []).append(a)
        return a

    # ---------------------------------------------------------- posts ---
    def new_post(self, author, t, lang, label, role, kind):
        p = Post(self.nseq(), author, t, lang, label, role, kind)
        self.posts.append(p)
        author.posts.append(p)
        if author.last_t is None or t > author.last_t:
            author.last_t = t
        return p

    def fill(self, tmpl, slots):
        def rep(m):
            k = m.group(1)
            v = slots[k]
            return v() if callable(v) else v
        return SLOT_RE.sub(rep, tmpl)

    # ---- links and addresses
    def scam_domain(self, family, author=None):
        r = self.r
        if family in ('event', 'qr'):
            style = r.randrange(7)
            tld = r.choice(SCAM_TLDS)
            f, w = r.choice(FAMOUS_SLUGS), r.choice(EVENT_WORDS)
            if style == 0:
                d = f'{f}-{w}{tld}'
            elif style == 1:
                d = f'{w}-{f}{tld}'
            elif style == 2:
                d = f'{f}{w}{tld}'
            elif style == 3:
                d = r.choice(TYPO_DOMAINS)
            elif style == 4:
                d = f'{f}-{w}-{r.randrange(2, 99)}{tld}'
            elif style == 5 and author is not None and author.role == 'hijacked':
                slug = re.sub(r'[^a-z0-9]', '', author.username.lower())[:14] or 'event'
                d = f'{slug}-{w}{tld}'
            else:
                d = f'{f}-{w}-{r.choice(EVENT_WORDS)}{tld}'
        elif family == 'drainer':
            b = r.choice(DRAINER_BRANDS)
            style = r.randrange(4)
            if style == 0:
                d = f'{b}-{r.choice(DRAINER_WORDS)}{r.choice(SCAM_TLDS)}'
            elif style == 1:
                d = f'claim-{r.choice(TOKENS)[1:].lower()}{r.choice(SCAM_TLDS)}'
            elif style == 2:
                d = f'{r.choice(DRAINER_WORDS)}-{b}{r.choice([".io", ".app", ".xyz", ".org"])}'
            else:
                d = f'{b}{r.choice(["-app", "-web3", "-portal", "-finance"])}.{r.choice(["claims", "network", "foundation", "xyz"])}'
        elif family == 'validate':
            d = r.choice(VALIDATE_DOMAINS) + r.choice(['.app', '.net', '.io', '.org', '.site', '.pages.dev'])
        else:  # support
            d = f'{r.choice(SUPPORT_BRANDS)}-{r.choice(SUPPORT_WORDS)}{r.choice([".com", ".net", ".help", ".site", ".online", ".support"])}'
        return d

    def scam_url(self, family, shared, author):
        key = 'url_' + family
        if key not in shared:
            d = self.scam_domain(family, author)
            paths = {'event': ['', '/', '/event', '/giveaway', '/x2', '/live', '/join', '/promo', '/btc', '/eth'],
                     'qr': ['/qr', '/scan', '/event/qr', '', '/live/qr'],
                     'drainer': ['/claim', '/airdrop', '/mint', '/connect', '/rewards', '', '/check'],
                     'validate': ['/sync', '/validate', '/rectify', '/wallet/connect', '/restore', ''],
                     'support': ['/ticket', '/form', '/support', '/case', '/request']}[family]
            path = self.r.choice(paths)
            if self.r.random() < 0.15:
                path += '?ref=' + ''.join(self.r.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(6))
            shared[key] = (d, path)
            self.scam_domains.append(d)
        return shared[key]

    def render_url(self, post, dom_path, mode=None):
        d, path = dom_path
        full = 'https://' + d + path
        mode = mode or self.pick_w([('tco', 45), ('full', 35), ('bare', 20)])
        post.domains.append(d)
        post.variant.append('url=' + mode)
        if mode == 'tco':
            t = self.tco()
            post.urls.append((t, full))
            return t
        if mode == 'full':
            return full
        if self.r.random() < 0.35:
            head, _, tld = d.rpartition('.')
            return head + self.r.choice([' . ', '[.]', '(.)', ' dot ']) + tld
        return d

    def render_addr(self, post, coin, addr, lang, forms=None):
        r = self.r
        form = self.pick_w(forms or [('plain', 55), ('split', 15), ('uri', 15), ('explorer', 15)])
        if form == 'uri' and coin not in URI_SCHEME:
            form = 'plain'
        post.addrs.append((coin, addr, form))
        post.variant.append('addr=' + form)
        if form == 'plain':
            return addr
        if form == 'split':
            n = r.randint(2, 4)
            cuts = sorted(r.sample(range(3, len(addr) - 3), n - 1))
            parts = [addr[i:j] for i, j in zip([0] + cuts, cuts + [len(addr)])]
            return ' '.join(parts)
        if form == 'uri':
            scheme = URI_SCHEME[coin]
            if coin == 'ETH' and r.random() < 0.5:
                return f'{scheme}:{addr}?value={int(round(r.choice(LADDER[coin][:5]) * 10 ** 18))}'
            if r.random() < 0.6:
                amt = ('%.8f' % r.choice(LADDER[coin][:5])).rstrip('0').rstrip('.')
                return f'{scheme}:{addr}?amount={amt}'
            return f'{scheme}:{addr}'
        url = r.choice(EXPLORERS[coin]).format(a=addr)
        if r.random() < 0.3:
            t = self.tco()
            post.urls.append((t, url))
            post.variant.append('explorer_in_entities')
            return t
        return url

    def pick_coin(self):
        return self.pick_w(COIN_W)

    def tiers(self, lang, coin, mult):
        r = self.r
        lad = LADDER[coin]
        n = r.randint(3, 6)
        start = r.randrange(0, max(1, len(lad) - n))
        vals = lad[start:start + n]
        send, get = DATA[lang]['tierwords']
        style = r.randrange(6)
        arrow = r.choice(['→', '➡️', '=>', '->', '⇒', '➜', '—>'])
        bullet = r.choice(BULLETS)
        out = []
        for i, v in enumerate(vals):
            a, b = self.fmt_amt(v, lang), self.fmt_amt(v * mult, lang)
            if style == 0:
                out.append(f'{a} {coin} {arrow} {b} {coin}')
            elif style == 1:
                out.append(f'{bullet} {a} {arrow} {b} {coin}')
            elif style == 2:
                out.append(f'{send} {a} {coin} – {get} {b} {coin}')
            elif style == 3:
                out.append(f'{a} {coin} = {b} {coin} ✅')
            elif style == 4:
                out.append(f'{i + 1}) {a} {coin} {arrow} {b} {coin}')
            else:
                out.append(f'{bullet} {send} {a} → {get} {b} {coin}')
        return '\n'.join(out)

    def txtable(self, lang, coin, mult):
        r = self.r
        lad = LADDER[coin]
        style = r.randrange(3)
        out = []
        for _ in range(r.randint(3, 6)):
            fake = self.new_addr(coin)
            short = fake[:6] + r.choice(['…', '...']) + fake[-4:]
            v = r.choice(lad[:7])
            a, b = self.fmt_amt(v, lang), self.fmt_amt(v * mult, lang)
            if style == 0:
                out.append(f'✅ {short}  {a} → {b} {coin}')
            elif style == 1:
                out.append(f'{short} | +{b} {coin} | {"%08x" % r.getrandbits(32)}… ✔')
            else:
                out.append(f'{r.choice(["🟢", "✅", "✔️"])} {b} {coin} ➜ {short}')
        return '\n'.join(out)

    # ---- obfuscation
    def kw_spans(self, s, lang):
        spans = []
        for kw in DATA[lang]['keywords']:
            for m in re.finditer(re.escape(kw), s, re.I):
                spans.append((m.start(), m.end()))
        if not spans:
            pat = r'[^\W\d_]{2,}' if lang in NOSPACE else r'[^\W\d_]{4,}'
            spans = [(m.start(), m.end()) for m in re.finditer(pat, s)]
            if lang in NOSPACE:
                spans = [(a, min(b, a + 2 + (a % 3))) for a, b in spans]
        spans.sort()
        return spans

    def expand_word(self, s, a, b, lang):
        if lang in NOSPACE:
            return a, b
        while a > 0 and s[a - 1].isalpha():
            a -= 1
        while b < len(s) and s[b].isalpha():
            b += 1
        return a, b

    def obf_apply(self, s, lang, kind, state):
        r = self.r
        if kind in ('emoji_between', 'linebreak'):
            if lang in NOSPACE:
                pos = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
            else:
                pos = [i for i, ch in enumerate(s) if ch == ' ' and 0 < i < len(s) - 1
                       and s[i - 1] not in '\n ' and s[i + 1] not in '\n ']
            if not pos:
                return s, False
            if kind == 'linebreak':
                i = r.choice(pos)
                if lang in NOSPACE:
                    return s[:i] + '\n' + s[i:], True
                return s[:i] + '\n' + s[i + 1:], True
            k = min(len(pos), r.randint(1, 4))
            chosen = sorted(r.sample(pos, k), reverse=True)
            for i in chosen:
                e = r.choice(EMOJI)
                if lang in NOSPACE:
                    s = s[:i] + e + s[i:]
                else:
                    s = s[:i] + ' ' + e + ' ' + s[i + 1:]
            return s, True
        if kind == 'bullets':
            parts = re.split(r'(?<=[.!?。！？؟])\s*|\n+', s)
            parts = [p.strip() for p in parts if p and p.strip()]
            if len(parts) < 2:
                return s, False
            b = r.choice(BULLETS)
            return '\n'.join(f'{b} {p}' for p in parts), True
        if kind == 'fullwidth' and lang not in LATIN:
            runs = [(mm.start(), mm.end()) for mm in re.finditer(r'[A-Za-z]{2,}', s)]
            if runs and self.r.random() < 0.6:
                a, b = self.r.choice(runs)
                return s[:a] + ''.join(chr(ord(ch) + 0xFEE0) for ch in s[a:b]) + s[b:], True
            if state.get('has_coin'):
                state['fullwidth_coin'] = True
                return s, True
            return s, False
        spans = self.kw_spans(s, lang)
        if not spans:
            return s, False
        picks = r.sample(spans, min(len(spans), r.randint(1, 2)))
        picks = sorted({self.expand_word(s, a, b, lang) for a, b in picks}, reverse=True)
        last_a = None
        changed = False
        for a, b in picks:
            if last_a is not None and b > last_a:
                continue
            last_a = a
            w = s[a:b]
            if kind == 'letter_space':
                nw = ' '.join(w)
            elif kind == 'zero_width':
                chars = list(w)
                nw = chars[0]
                for ch in chars[1:]:
                    nw += (r.choice(ZW) if r.random() < 0.6 else '') + ch
                if nw == w and len(w) > 1:
                    nw = w[0] + ZW[0] + w[1:]
            elif kind == 'fullwidth':
                nw = ''.join(chr(ord(ch) + 0xFEE0) if ('a' <= ch.lower() <= 'z' or ch.isdigit()) and r.random() < 0.7
                             else ch for ch in w)
            elif kind == 'homoglyph':
                table = C2L if lang == 'ru' else L2C
                nw = ''.join(table[ch] if ch in table and r.random() < 0.6 else ch for ch in w)
            elif kind == 'leet':
                nw = ''.join(LEET[ch] if ch in LEET and r.random() < 0.75 else ch for ch in w)
            elif kind == 'tatweel':
                nw = ''
                for i, ch in enumerate(w):
                    nw += ch
                    if i < len(w) - 1 and ch not in 'اأإآدذرزوةى' and r.random() < 0.5:
                        nw += 'ـ' * r.randint(1, 3)
            else:
                nw = w
            if nw != w:
                changed = True
            s = s[:a] + nw + s[b:]
        return s, changed

    def obfuscate(self, tmpl, lang, kinds, state):
        holders = []

        def protect(m):
            holders.append(m.group(0))
            return chr(0xE000 + len(holders) - 1)
        s = SLOT_RE.sub(protect, tmpl)
        state['has_coin'] = '{coin}' in tmpl
        done = []
        for k in kinds:
            s, ok = self.obf_apply(s, lang, k, state)
            if ok:
                done.append(k)
        s = re.sub('[\ue000-\ue0ff]', lambda m: holders[ord(m.group(0)) - 0xE000], s)
        return s, done

    # ---- scam posts
    def build_scam(self, lang, kind, author, t, shared=None, reply_to=None, obf=None):
        r = self.r
        shared = shared if shared is not None else {}
        p = self.new_post(author, t, lang, 'scam', 'scam', kind)
        self.set_locale(lang)
        tmpl = self.deck((lang, 'scam', kind), DATA[lang]['scam'][kind])
        state = {}
        if obf is None:
            obf = r.random() < 0.36
        if obf:
            opts = OBF_BY_LANG[lang]
            ks = r.sample(opts, 1 if r.random() < 0.7 else 2)
            tmpl, done = self.obfuscate(tmpl, lang, ks, state)
            for k in done:
                p.variant.append('obf=' + k)
        coin = shared.get('coin') or self.pick_coin()
        shared['coin'] = coin
        lad = LADDER[coin]
        a1 = lad[r.randrange(1, len(lad) // 2 + 1)]
        mult = 3 if '{a3}' in tmpl else 2
        coin_disp = coin
        if coin in ('USDT',) and r.random() < 0.4:
            coin_disp = 'USDT (TRC20)'
        if state.get('fullwidth_coin'):
            coin_disp = ''.join(chr(ord(ch) + 0xFEE0) if ch.isalnum() and ord(ch) < 128 else ch for ch in coin_disp)
        family = LINK_FAMILY.get(kind, 'event')

        def get_addr():
            if 'addr' not in shared:
                shared['addr'] = self.new_addr(coin)
                self.scam_addrs.append((coin, shared['addr']))
            return self.render_addr(p, coin, shared['addr'], lang)

        if author.role == 'hijacked' or author.lookalike:
            name = author.name
        else:
            name = r.choice(DATA[lang].get('event_names', []) + EVENT_NAMES)
        local = DATA[lang].get('experts', [])
        expert = r.choice(local if local and r.random() < 0.7 else local + EXPERTS)
        hb = re.sub(r'[^A-Za-z]', '', expert.split()[-1]) or r.choice(['Vance', 'Morrow', 'Kane', 'Strel', 'Aydin', 'Tanaka', 'Park', 'Lin', 'Haddad'])
        handle = '@' + r.choice([hb + '_' + r.choice(HANDLE_BITS), r.choice(HANDLE_BITS) + '_' + hb.lower(),
                                 hb + r.choice(['Recovery', 'Trace', 'Cyber']) + str(r.randrange(1, 99))])
        tg = 't.me/' + r.choice([hb.lower() + '_' + r.choice(HANDLE_BITS), r.choice(HANDLE_BITS) + str(r.randrange(10, 999))])
        phone = f'+1 ({r.randrange(201, 989)}) 555-01{r.randrange(0, 100):02d}'
        sb = r.choice(SUPPORT_BRANDS)
        support = '@' + r.choice([sb.capitalize() + '_HelpDesk' + str(r.randrange(1, 99)),
                                  sb.capitalize() + 'Care_Team', sb + '_support_247', sb.upper() + '_Assist'])
        slots = {
            'coin': coin_disp, 'coinname': COINNAME[coin],
            'a1': self.fmt_amt(a1, lang), 'a2': self.fmt_amt(a1 * 2, lang), 'a3': self.fmt_amt(a1 * 3, lang),
            'min': self.fmt_amt(lad[r.randrange(0, 2)], lang),
            'max': self.fmt_amt(lad[-1 - r.randrange(0, 3)], lang),
            'mins': str(r.choice([10, 15, 20, 30, 30, 30, 45, 60])),
            'total': self.fmt_amt(r.choice(TOTALS[coin]), lang),
            'pct': r.choice(['50%', '100%', '100%', '150%', '200%']),
            'name': name, 'brand': r.choice(BRANDS), 'token': r.choice(TOKENS),
            'expert': expert, 'handle': handle, 'tg': tg, 'phone': phone, 'support': support,
            'addr': get_addr,
            'url': lambda: self.render_url(p, self.scam_url(family, shared, author)),
            'tiers': lambda: self.tiers(lang, coin, mult),
            'txtable': lambda: self.txtable(lang, coin, mult),
        }
        text = self.fill(tmpl, slots)
        for h in (handle, tg, support):
            if h in text:
                self.scam_handles.append(h)
        if reply_to is not None:
            p.refs.append(('replied_to', reply_to))
            p.reply_user = reply_to.author
            text = '@' + reply_to.author.username + ' ' + text
        p.text = text
        return p

    # ---- hard negatives
    def build_hn(self, lang, kind, author, t, ref=None, extra=None):
        r = self.r
        p = self.new_post(author, t, lang, 'benign', 'hardneg', kind)
        self.set_locale(lang)
        tmpl = self.deck((lang, 'hn', kind), DATA[lang]['hn'][kind])
        extra = extra or {}
        own = kind in ('donation', 'tipjar', 'freelancer')
        coin_own = self.pick_w([('BTC', 50), ('ETH', 25), ('SOL', 8), ('LTC', 5), ('XRP', 4), ('DOGE', 4),
                                ('ADA', 4)])
        q = extra.get('quote_addr')
        if q is None and self.scam_addrs:
            q = self.r.choice(self.scam_addrs)
        coin = coin_own if own else (q[0] if q else 'BTC')
        exch = self.normals[lang].get('exchange', [None])[0]
        proj = self.normals[lang].get('project', [None])[0]
        offdomain = author.domain or (proj.domain if proj else 'example.org')
        scamdom = extra.get('scamdomain') or (self.r.choice(self.scam_domains) if self.scam_domains
                                              else 'musk-x2.live')

        def addr():
            if own:
                a = self.new_addr(coin_own)
                return self.render_addr(p, coin_own, a, lang, [('plain', 80), ('uri', 10), ('explorer', 10)])
            return self.render_addr(p, q[0], q[1], lang, [('plain', 80), ('explorer', 15), ('split', 5)])

        def sdom():
            p.domains.append(scamdom)
            if r.random() < 0.4:
                head, _, tld = scamdom.rpartition('.')
                p.variant.append('defanged')
                return head + '[.]' + tld
            return scamdom

        slots = {
            'addr': addr, 'coin': coin, 'scamdomain': sdom,
            'name': extra.get('name') or r.choice(DATA[lang].get('event_names', []) + EVENT_NAMES),
            'offdomain': offdomain, 'pct': r.choice(['4.2%', '5%', '7.5%', '10%', '12%', '20%', '25%', '50%']),
            'ver': f'{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}',
            'city': r.choice(DATA[lang]['fills']['city']), 'n': str(r.randint(120, 9800)),
            'token': r.choice(TOKENS),
            'handle': (r.choice(self.scam_handles) if self.scam_handles else '@wallet_helpdesk'),
            'amount': self.fmt_amt(r.choice([0.05, 0.1, 0.3, 0.5, 1.2]), lang) + ' BTC'
                      if r.random() < 0.6 else self.fmt_amt(r.choice([0.5, 1, 2.5, 4]), lang) + ' ETH',
            'exch': exch.username if exch else 'support',
        }
        text = self.fill(tmpl, slots)
        if ref is not None:
            rtype, rp = ref
            p.refs.append((rtype, rp))
            if rtype == 'replied_to':
                p.reply_user = rp.author
                text = '@' + rp.author.username + ' ' + text
            elif rtype == 'quoted':
                p.quote_link = True
        p.text = text
        return p

    def build_retweet(self, author, orig, t):
        p = self.new_post(author, t, orig.lang, 'benign', 'hardneg', 'retweet')
        body = orig.text
        prefix = 'RT @' + orig.author.username + ': '
        if len(prefix) + len(body) > 140:
            cut = body[:140 - len(prefix)]
            sp = max(cut.rfind(' '), cut.rfind('\n'))
            if sp > 20:
                cut = cut[:sp]
            body = cut.rstrip() + '…'
        p.text = prefix + body
        p.refs.append(('retweeted', orig))
        p.urls = [u for u in orig.urls if u[0] in p.text]
        p.source = author.source
        return p

    # ------------------------------------------------------- scenarios ---
    def history_text(self, acct):
        d = DATA[acct.lang]
        pool = d['hist'][acct.kind] if self.r.random() < 0.82 else d['hist']['general']
        tmpl = self.deck((acct.lang, 'hist', acct.kind if pool is d['hist'][acct.kind] else 'general', acct.id), pool)
        f = d['fills']
        g = self.r.randint(0, 4)
        slots = {'city': self.r.choice(f['city']), 'team': self.r.choice(f['team']), 'day': self.r.choice(f['day']),
                 'n': str(self.r.randint(2, 40)), 'score': f'{g + self.r.randint(1, 2)}-{g}'}
        return self.fill(tmpl, slots)

    def make_hijacks(self):
        r = self.r
        personas = []
        for lang in LANGS:
            for u, n, topic in DATA[lang]['hijacked']:
                personas.append((lang, u, n, topic))
        scen = (['none'] * 24 + ['event'] * 13 + ['event+client'] * 8 + ['client'] * 4)
        scen = (scen * 2)[:len(personas)]
        r.shuffle(scen)
        for (lang, u, n, topic), sc in zip(personas, scen):
            usual = r.choice(['Twitter for iPhone', 'Twitter for iPhone', 'Twitter for Android', 'Sprout Social',
                              'Hootsuite Inc.', 'Twitter Media Studio', 'TweetDeck'])
            a = self.add_account(u, n, r.random() < 0.85, self.old_created(2008, 2019),
                                 self.log_followers(10000, 50000000), lang, 'hijacked', topic, usual)
            self.hijacked.append(a)
            ht = self.rtime(datetime(2026, 9, 14, tzinfo=UTC), datetime(2026, 10, 30, 20, tzinfo=UTC))
            a.hijack_t = ht
            a.scenario = sc
            nh = r.randint(5, 30) if lang == 'en' else r.randint(5, 18)
            hstart = max(T0, ht - timedelta(days=r.randint(12, 60)))
            times = sorted(self.rtime(hstart, ht - timedelta(hours=3)) for _ in range(nh))
            for t in times:
                p = self.new_post(a, t, lang, 'benign', 'history', 'history_' + topic)
                p.text = self.history_text(a)
            if 'event' in sc:
                ne = 1 if r.random() < 0.65 else 2
                evs = r.sample(EVENT_TYPES, ne)
                et = ht - timedelta(minutes=r.randint(3, 40), seconds=r.randrange(60))
                for ev in evs:
                    self.events.append((et, self.nseq(), a, ev))
                    et += timedelta(minutes=r.randint(1, 6), seconds=r.randrange(60))
                    et = min(et, ht - timedelta(minutes=1))
            src = a.source
            if 'client' in sc:
                src = r.choice([s for s in ['Twitter Web App', 'Twitter for Android', 'Twitter for iPad',
                                            'Twitter for Mac'] if s != usual])
            nscam = self.pick_w([(1, 28), (2, 35), (3, 24), (4, 13)])
            slang = lang if (lang == 'en' or r.random() < 0.75) else 'en'
            mode = self.pick_w([('addr', 55), ('link', 35), ('both', 10)])
            shared = {}
            base_off = r.randrange(0, 600)
            offs = sorted([base_off] + [base_off + r.randrange(60, 55 * 60) for _ in range(nscam - 1)])
            a.wave = []
            for i, off in enumerate(offs):
                if mode == 'addr' or (mode == 'both' and i % 2 == 0):
                    kind = self.pick_w([('double', 40), ('multi', 20), ('tier', 28), ('sent', 12)])
                else:
                    kind = self.pick_w([('link_event', 55), ('link_qr', 20), ('link_drainer', 20), ('link_validate', 5)])
                if i == 0 and self.r.random() < 0.05:
                    kind = 'drop'
                p = self.build_scam(slang, kind, a, ht + timedelta(seconds=off), shared)
                p.source = src
                if src != a.source:
                    p.variant.append('client_switch')
                a.wave.append(p)
            a.shared = shared
            # "we were hacked" notice for a good share of the accounts
            if r.random() < 0.4:
                t = a.wave[-1].t + timedelta(hours=r.uniform(1, 30))
                if t < T1:
                    extra = {'scamdomain': shared['url_event'][0] if 'url_event' in shared else None}
                    hp = self.build_hn(lang, 'hacked_notice', a, t, extra=extra)
                    hp.source = a.source

    def victims_and_replies(self):
        r = self.r
        for lang in LANGS:
            factor = EN_FACTOR if lang == 'en' else 1
            for vkind, skind in (('victim_lost', 'recovery'), ('victim_support', 'support')):
                n = int(round(HN_PLAN[vkind] * factor))
                for _ in range(n):
                    v = self.oneoff(lang)
                    t = self.rtime(T0 + timedelta(days=1), T1 - timedelta(hours=6))
                    vp = self.build_hn(lang, vkind, v, t)
                    for _k in range(r.choice([1, 1, 1, 2])):
                        st = t + timedelta(minutes=r.randint(1, 90), seconds=r.randrange(60))
                        sc = self.scammer_for(lang, FAMILY_OF_KIND[skind], st)
                        self.build_scam(lang, skind, sc, st, {}, reply_to=vp, obf=r.random() < 0.15)

    def scammer_for(self, lang, family, t, reuse=0.55, fixed=True):
        if fixed:
            pool = [a for a in self.scammers.get((lang, family), [])
                    if len(a.posts) < 8 and a.created < t - timedelta(hours=6)
                    and a.last_t is not None and timedelta(0) < t - a.last_t < timedelta(days=4)]
        else:
            pool = [a for a in self.scammers.get((lang, family), [])
                    if len(a.posts) < 8 and a.last_t is not None and a.last_t < T1 - timedelta(hours=8)]
        if pool and self.r.random() < reuse:
            return self.r.choice(pool)
        return self.new_scammer(lang, family, t)

    def scam_count(self, lang):
        return sum(1 for p in self.posts if p.role == 'scam' and p.lang == lang)

    def make_scammers(self):
        r = self.r
        for lang in LANGS:
            target = SCAM_TARGET.get(lang, 38)
            # campaign waves: same link or address from several accounts within minutes
            nw = 6 if lang == 'en' else r.choice([1, 2, 2])
            for _ in range(nw):
                family = 'drainer' if r.random() < 0.25 else 'giveaway'
                if family == 'drainer':
                    kinds = ['link_drainer', 'link_validate', 'link_drainer']
                else:
                    kinds = r.choice([['double', 'tier', 'multi', 'sent'], ['link_event', 'link_qr', 'link_event']])
                shared = {}
                base = self.rtime(T0 + timedelta(days=2), T1 - timedelta(hours=2))
                for j in range(r.randint(3, 5)):
                    t = base + timedelta(minutes=r.randint(0, 14), seconds=r.randrange(60))
                    acct = self.new_scammer(lang, family, t)
                    p = self.build_scam(lang, r.choice(kinds), acct, t, shared)
                    p.variant.append('campaign_wave')
            # fill with individual scam posts, every kind at least once
            order = list(SCAM_KINDS)
            r.shuffle(order)
            while self.scam_count(lang) < target:
                kind = order.pop() if order else self.pick_w(FILL_WEIGHTS)
                t = self.rtime(T0 + timedelta(hours=6), T1 - timedelta(hours=1))
                acct = self.scammer_for(lang, FAMILY_OF_KIND[kind], t, reuse=0.72, fixed=False)
                if acct.posts:
                    t = acct.last_t + timedelta(minutes=r.randint(5, 30 * 60), seconds=r.randrange(60))
                    t = min(t, T1 - timedelta(minutes=30))
                reply_to = None
                if kind in ('link_event', 'double', 'link_drainer', 'drop') and r.random() < 0.15:
                    cands = [q for q in self.posts if q.role in ('history', 'hardneg') and q.lang == lang
                             and q.author.role != 'scammer' and q.kind != 'retweet'
                             and q.t < t and not q.refs]
                    if cands:
                        reply_to = r.choice(cands)
                        t = max(t, reply_to.t + timedelta(minutes=1))
                        if t > T1:
                            reply_to = None
                            t = T1 - timedelta(minutes=5)
                self.build_scam(lang, kind, acct, t, {}, reply_to=reply_to)

    def hn_author(self, lang, kind):
        m = {'news_quote': ['news', 'news', 'security'], 'warning': ['security', 'security', 'exchange'],
             'exchange_promo': ['exchange'], 'donation': ['charity'], 'legit_giveaway': ['project', 'exchange', 'events', 'charity'],
             'airdrop_official': ['project'], 'nft_mint': ['project'], 'release_notes': ['project'],
             'conference': ['events'], 'yield': ['trader', 'project'], 'price_talk': ['trader', 'trader', 'oneoff']}
        role = self.r.choice(m.get(kind, ['oneoff']))
        accs = self.normals[lang].get(role)
        if role == 'oneoff' or not accs:
            return self.oneoff(lang)
        return self.r.choice(accs)

    def make_hn(self):
        r = self.r
        for lang in LANGS:
            factor = EN_FACTOR if lang == 'en' else 1
            scams = [p for p in self.posts if p.role == 'scam' and p.lang == lang and p.t < T1 - timedelta(hours=3)
                     and p.kind not in ('recovery', 'support') and not p.refs]
            hij_scams = [p for p in scams if p.author.role == 'hijacked']
            for kind, base in HN_PLAN.items():
                if kind in ('victim_lost', 'victim_support'):
                    continue
                n = int(round(base * factor))
                for _ in range(n):
                    if kind == 'retweet':
                        src = r.choice(hij_scams if hij_scams and r.random() < 0.8 else scams)
                        self.build_retweet(self.oneoff(lang), src, src.t + timedelta(minutes=r.randint(1, 40),
                                                                                      seconds=r.randrange(60)))
                        continue
                    if kind in ('reply_callout', 'quote_callout'):
                        src = r.choice(hij_scams if hij_scams and r.random() < 0.6 else scams)
                        t = src.t + timedelta(minutes=r.randint(2, 180), seconds=r.randrange(60))
                        author = self.oneoff(lang) if r.random() < 0.7 else self.hn_author(lang, 'warning')
                        self.build_hn(lang, kind, author, clamp(t),
                                      ref=('replied_to' if kind == 'reply_callout' else 'quoted', src))
                        continue
                    author = self.hn_author(lang, kind)
                    extra = {}
                    t = self.rtime(T0, T1)
                    if kind in ('news_quote', 'victim_ask', 'warning') and scams:
                        src = r.choice(hij_scams if hij_scams and kind == 'news_quote' and r.random() < 0.7 else scams)
                        t = clamp(src.t + timedelta(minutes=r.randint(20, 60 * 48)))
                        if src.addrs:
                            extra['quote_addr'] = (src.addrs[0][0], src.addrs[0][1])
                        if src.domains:
                            extra['scamdomain'] = src.domains[0]
                        if src.author.role == 'hijacked' or src.author.lookalike:
                            extra['name'] = src.author.name
                    self.build_hn(lang, kind, author, t, extra=extra)

    # ---------------------------------------------------------- output ---
    def write(self, outdir):
        items = [(p.t, p.seq, 'post', p) for p in self.posts] + \
                [(t, s, 'event', (a, ev)) for (t, s, a, ev) in self.events]
        items.sort(key=lambda x: (x[0], x[1]))
        nid = POST_ID0
        for t, s, typ, obj in items:
            if typ == 'post':
                obj.id = str(nid)
                nid += 1
        for p in self.posts:
            for _, rp in p.refs:
                assert rp.t <= p.t, (p.kind, rp.kind)
        lines = []
        for t, s, typ, obj in items:
            if typ == 'event':
                a, ev = obj
                lines.append(json.dumps({'account_event': {'account_id': a.id, 'type': ev, 'created_at': iso_s(t)}},
                                        ensure_ascii=False))
                continue
            p = obj
            text = p.text
            urls = list(p.urls)
            if p.quote_link:
                rp = p.refs[0][1]
                tc = self.tco()
                text = text + ' ' + tc
                urls.append((tc, f'https://twitter.com/{rp.author.username}/status/{rp.id}'))
            d = {'id': p.id, 'text': text, 'author_id': p.author.id, 'created_at': iso_ms(p.t), 'lang': p.lang,
                 'source': p.source}
            if p.refs:
                d['referenced_tweets'] = [{'type': ty, 'id': rp.id} for ty, rp in p.refs]
            if p.reply_user is not None:
                d['in_reply_to_user_id'] = p.reply_user.id
            if urls:
                d['entities'] = {'urls': [{'url': u, 'expanded_url': e,
                                           'display_url': re.sub(r'^https?://(www\.)?', '', e)[:26] +
                                           ('…' if len(re.sub(r'^https?://(www\.)?', '', e)) > 26 else '')}
                                          for u, e in urls]}
            users = [p.author.obj()]
            for _, rp in p.refs:
                if rp.author.id not in [u['id'] for u in users]:
                    users.append(rp.author.obj())
            inc = {'users': users}
            if p.refs:
                inc['tweets'] = [{'id': rp.id, 'text': rp.text, 'author_id': rp.author.id} for _, rp in p.refs]
            lines.append(json.dumps({'data': d, 'includes': inc}, ensure_ascii=False))
        with open(os.path.join(outdir, 'posts.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(lines) + '\n')

        ordered = [obj for _, _, typ, obj in items if typ == 'post']
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator='\n')
        w.writerow(['kind', 'id', 'label'])
        for p in ordered:
            w.writerow(['post', p.id, p.label])
        for a in self.accounts:
            w.writerow(['account', a.id, a.role])
        with open(os.path.join(outdir, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(buf.getvalue())

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator='\n')
        w.writerow(['id', 'lang', 'role', 'kind', 'author_id', 'author_role', 'variant'])
        for p in ordered:
            w.writerow([p.id, p.lang, p.role, p.kind, p.author.id, p.author.role, ';'.join(p.variant)])
        with open(os.path.join(outdir, 'meta.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(buf.getvalue())

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator='\n')
        w.writerow(['post_id', 'coin', 'address', 'form'])
        for p in ordered:
            for coin, addr, form in p.addrs:
                w.writerow([p.id, coin, addr, form])
        with open(os.path.join(outdir, 'addresses.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(buf.getvalue())


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    ca.self_test()
    for lang in LANGS:
        d = DATA[lang]
        for k in SCAM_KINDS:
            assert d['scam'].get(k), (lang, 'scam', k)
        for k in list(HN_PLAN) + ['hacked_notice']:
            if k != 'retweet':
                assert d['hn'].get(k), (lang, 'hn', k)
        for _, _, topic in d['hijacked']:
            assert d['hist'].get(topic), (lang, topic)
    g = Gen()
    g.make_normals()
    g.make_hijacks()
    g.victims_and_replies()
    g.make_scammers()
    g.make_hn()
    os.makedirs(outdir, exist_ok=True)
    g.write(outdir)
    n_scam = sum(1 for p in g.posts if p.role == 'scam')
    n_hn = sum(1 for p in g.posts if p.role == 'hardneg')
    n_hist = sum(1 for p in g.posts if p.role == 'history')
    print(f'posts={len(g.posts)} scam={n_scam} hardneg={n_hn} history={n_hist} events={len(g.events)} '
          f'accounts={len(g.accounts)}')


if __name__ == '__main__':
    main()
