"""Obfuscations applied to a share of scam templates before their slots are filled.

Placeholders ({btc}, {link}, ...), handles, URLs, e-mail addresses and numbers with
currency codes stay intact, so every address in the corpus keeps its checksum.
"""
import re

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
SYMBOLS = ["🚀", "💰", "🔥", "✅", "💎", "⚡", "•", "|", "★", "🎁", "➡️", "·", "🟢", "💸"]
HOMO_LAT = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
            "A": "А", "B": "В", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "Ο", "P": "Р",
            "T": "Τ", "X": "Χ", "C": "С", "v": "ν", "N": "Ν", "Z": "Ζ", "I": "Ι"}
HOMO_CYR = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A",
            "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7", "g": "9", "b": "8"}
PROTECT = re.compile(r"(\{\w+\}|https?://\S+|@\w+|\S+@\S+|\S+\.(?:com|net|org|io|app|me)\S*)")
SPACELESS = {"ja", "zh"}
LATIN = {"en", "es", "pt", "fr", "de", "it", "tr"}


def _segments(text):
    """Split into (protected?, segment)."""
    out, pos = [], 0
    for m in PROTECT.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos:m.start()]))
        out.append((True, m.group(0)))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


def _map_words(text, fn):
    res = []
    for prot, seg in _segments(text):
        if prot:
            res.append(seg)
        else:
            res.append(re.sub(r"\w+", lambda m: fn(m.group(0)), seg))
    return "".join(res)


def emoji_between(text, rng, lang):
    sym = rng.choice(SYMBOLS)
    if lang in SPACELESS:
        # between every short chunk of characters
        res = []
        for prot, seg in _segments(text):
            if prot:
                res.append(seg)
                continue
            chunks, cur = [], ""
            for ch in seg:
                cur += ch
                if len(cur) >= rng.choice([2, 3]) or ch in "、。，！":
                    chunks.append(cur)
                    cur = ""
            chunks.append(cur)
            res.append(sym.join(c for c in chunks if c))
        return "".join(res)
    return re.sub(r"(?<=\S) (?=\S)", f" {sym} ", text)


def letter_space(text, rng, lang):
    words = [w for p, s in _segments(text) if not p for w in re.findall(r"\w{4,}", s)]
    if not words:
        return text
    pick = set(rng.sample(words, min(len(words), rng.choice([1, 2, 3]))))
    return _map_words(text, lambda w: " ".join(w) if w in pick else w)


def zero_width(text, rng, lang):
    def f(w):
        if len(w) < 3 or rng.random() < 0.4:
            return w
        k = rng.randrange(1, len(w))
        return w[:k] + rng.choice(ZW) + w[k:]
    return _map_words(text, f)


def fullwidth(text, rng, lang):
    def f(w):
        if rng.random() < 0.35 and lang in LATIN:
            return w
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
    return _map_words(text, f)


def homoglyph(text, rng, lang):
    table = HOMO_CYR if lang == "ru" else HOMO_LAT
    def f(w):
        if rng.random() < 0.4:
            return w
        return "".join(table.get(c, c) if rng.random() < 0.6 else c for c in w)
    return _map_words(text, f)


def line_breaks(text, rng, lang):
    res = []
    for prot, seg in _segments(text):
        if prot:
            res.append(seg)
        elif lang in SPACELESS:
            res.append("".join(ch + ("\n" if rng.random() < 0.08 and ch not in "\n" else "") for ch in seg))
        else:
            res.append(re.sub(r"(?<=\S) (?=\S)", lambda m: "\n" if rng.random() < 0.3 else " ", seg))
    return "".join(res)


def leet(text, rng, lang):
    def f(w):
        if rng.random() < 0.3:
            return w
        return "".join(LEET.get(c, c) if rng.random() < 0.7 else c for c in w)
    return _map_words(text, f)


KINDS = {"emoji": emoji_between, "spaced": letter_space, "zw": zero_width, "fullwidth": fullwidth,
         "homoglyph": homoglyph, "linebreak": line_breaks, "leet": leet}


def kinds_for(lang):
    if lang in LATIN:
        return list(KINDS)
    if lang == "ru":
        return ["emoji", "spaced", "zw", "homoglyph", "linebreak"]
    return ["emoji", "spaced", "zw", "fullwidth", "linebreak", "homoglyph"]


def maybe(tpl, lang, rng, p):
    """Return (template, list of obfuscation kinds applied)."""
    if rng.random() >= p:
        return tpl, []
    ks = kinds_for(lang)
    k = rng.choice(ks)
    out = KINDS[k](tpl, rng, lang)
    done = [k]
    if rng.random() < 0.2:
        k2 = rng.choice([x for x in ks if x != k])
        out = KINDS[k2](out, rng, lang)
        done.append(k2)
    if out == tpl:
        done = []
    return out, done
