# -*- coding: utf-8 -*-
"""Hand-written German, Russian and Turkish texts."""

DATA = {}

# ============================================================== de ====
DATA['de'] = {
    'scam': {
        'double': [
            "Ich bin heute in Geberlaune 💸 In den nächsten {mins} Minuten schicke ich jeden {coin}, der an die Adresse unten geht, doppelt zurück. Du schickst {a1}, du bekommst {a2}.\n{addr}",
            "Als Dankeschön an alle, die von Anfang an dabei sind: Jede {coin}-Überweisung an diese Wallet kommt verdoppelt zurück 👇\n{addr}\nMin. {min}, max. {max}.",
            "Kein Scherz. Schickt {coin} an {addr} und ihr kriegt das Doppelte zurück. Nur {mins} Minuten, danach ist Schluss!",
            "Ihr habt mir so viel gegeben, jetzt bin ich dran. Alles, was ihr in {coin} an die Adresse hier schickt, geht sofort mal zwei zurück.\n\n{addr}",
        ],
        'multi': [
            "Wir VERDREIFACHEN 🚀 {a1} {coin} senden, {a3} {coin} erhalten. Solange der Vorrat reicht.\n{addr}",
            "100 % Bonus auf jede {coin}-Einzahlung während des Livestreams. Offizielle Adresse: {addr}",
        ],
        'tier': [
            "🎁 {name} {coin}-Giveaway 🎁\n{tiers}\nAdresse: {addr}\nNoch {mins} Minuten!",
            "So läuft's:\n{tiers}\n👉 {addr}\nDie Rückzahlung erfolgt automatisch.",
        ],
        'sent': [
            "Bereits an diese Wallets zurückgezahlt ✅\n{txtable}\nNoch kurz offen: {addr}",
        ],
        'link_event': [
            "Live-Event mit {total} {coin} für die Community. Alle Infos und Teilnahme auf der offiziellen Seite: {url}",
            "Es geht los! Das Giveaway läuft, schnell rein bevor es vorbei ist 👉 {url}",
            "{name} feiert Jubiläum und verteilt {coinname}. Hier die Schritte: {url}",
        ],
        'link_qr': [
            "Scannt den QR-Code auf der Eventseite mit eurer Wallet und bekommt das Doppelte zurück 👇 {url}",
        ],
        'link_drainer': [
            "Der {token}-Airdrop ist live 🪂 Wallet verbinden und Anteil sichern, bevor der Claim schließt: {url}",
            "Glückwunsch, deine Wallet ist für das {brand}-Prämienprogramm berechtigt. Hier einlösen: {url}",
        ],
        'link_validate': [
            "{brand}-Nutzer: Wegen des Netzwerk-Upgrades muss eure Wallet innerhalb von 24 Std. verifiziert werden, sonst wird sie eingeschränkt. Synchronisieren: {url}",
        ],
        'drop': [
            "Ich verschenke {a1} {coin} an 20 zufällige Leute 🎁 Lasst eure {coin}-Adresse in den Kommentaren 👇",
            "Haut eure Wallet-Adresse in die Antworten, heute Abend gehen Überweisungen raus. Ohne Haken 😎",
        ],
        'dm': [
            "Noch 15 Plätze für die Verdopplungsrunde. Schreibt mir per DM, ich erklär's euch 📩",
        ],
        'recovery': [
            "Mir wurden {a1} {coin} über eine Fake-Tradingplattform abgezockt und {expert} hat alles innerhalb weniger Tage zurückgeholt. Meldet euch bei ihm auf Telegram: {tg}",
            "Gib nicht auf, schreib {handle} an. Die holen gestohlene Krypto zurück, bei mir hat's geklappt.",
        ],
        'support': [
            "Hallo, entschuldige die Unannehmlichkeiten. Bitte wende dich per Telegram an unser Support-Team {support}, damit wir das schnell klären.",
            "Wir haben deine Beschwerde erhalten. Bitte fülle das Formular unter {url} aus, ein Mitarbeiter meldet sich innerhalb von 2 Stunden.",
        ],
    },
    'hn': {
        'news_quote': [
            "Mehrere verifizierte Accounts wurden heute Nachmittag gekapert, darunter der von {name}. Die Posts versprachen, jeden an {addr} gesendeten {coin} zu verdoppeln. Betrug – nichts senden!",
            "Warnung: Ein gefälschter Livestream leitet Zuschauer auf {scamdomain} weiter, wo angeblich alles verdoppelt wird. Die Seite wurde gemeldet.",
            "Laut Forschern gingen auf {addr} in der ersten Stunde Dutzende Einzahlungen ein. Zurückgezahlt wurde natürlich nichts.",
        ],
        'warning': [
            "Erinnerung: Niemand verdoppelt eure Kryptos. Kein Promi, keine Börse, kein Verein. „Erst senden, dann bekommen“ = Betrug.",
            "Wir schreiben euch nie zuerst an und fragen nie nach eurer Seed-Phrase. Offizieller Support nur über {offdomain}.",
            "Vorsicht vor „Wiederbeschaffungs-Experten“, die sich nach einem Betrug melden. Das ist fast immer Teil zwei derselben Masche.",
        ],
        'victim_ask': [
            "Weiß jemand, ob {scamdomain} seriös ist? Hab's in einem YouTube-Stream gesehen, angeblich kriegt man das Doppelte zurück",
            "Mir wurde diese Adresse {addr} geschickt, angeblich gibt's x2 zurück. Echt oder Abzocke? Frag lieber vorher",
        ],
        'victim_lost': [
            "Hab {amount} an so ein Verdopplungs-Giveaway geschickt und nix kam zurück. Mega peinlich. Kann man da noch was machen?",
            "Wallet mit einer „Free Mint“-Seite verbunden und in Sekunden war alles weg. Rund {amount} verloren.",
        ],
        'victim_support': [
            "@{exch} meine Auszahlung hängt seit 3 Tagen und keiner antwortet. Was ist da los??",
        ],
        'reply_callout': [
            "Der Account wurde gehackt. NICHTS senden, niemand verdoppelt euch irgendwas.",
            "Klassischer Betrug. Gemeldet, macht das bitte auch.",
        ],
        'quote_callout': [
            "Account kompromittiert. Die Adresse in dem Post gehört den Betrügern, bitte nicht interagieren.",
        ],
        'hacked_notice': [
            "Unser Account wurde heute Morgen gehackt. Die Krypto-Posts stammen nicht von uns und wurden gelöscht. Bitte sendet nichts an irgendeine Adresse.",
            "Hab meinen Account wieder. Das „Giveaway“ war NICHT ich. Falls jemand was geschickt hat: sofort bei der Börse melden. Tut mir echt leid.",
        ],
        'donation': [
            "Unsere Spendenaktion für die Hochwasseropfer nimmt jetzt auch {coin} an: {addr}. Alle Bewegungen veröffentlichen wir monatlich.",
            "Danke an alle, die fürs Tierheim gespendet haben! Wer in {coin} helfen möchte: {addr}. Spendenquittungen über {offdomain}.",
        ],
        'tipjar': [
            "Wenn euch meine Tutorials geholfen haben, könnt ihr mir einen Kaffee in {coin} spendieren: {addr} Danke ☕",
        ],
        'freelancer': [
            "Für Kunden, die in {coin} zahlen: Meine Adresse ist {addr}. Bitte vor dem Senden per Mail mit mir abgleichen.",
        ],
        'exchange_promo': [
            "Neukunden: {pct} Rabatt auf Handelsgebühren für 30 Tage. Bedingungen unter {offdomain}/promo. Wir verlangen nie, dass ihr Geld sendet, um eine Prämie zu bekommen.",
        ],
        'legit_giveaway': [
            "🎁 GEWINNSPIEL: Wir verlosen 3 signierte Trikots! Teilnahme: liken, retweeten, folgen. Auslosung Freitag. Wir fragen nie nach Geld oder Wallet-Daten.",
        ],
        'airdrop_official': [
            "Der {token}-Airdrop ist claimbar. Die EINZIGE Seite ist {offdomain}/claim. Keine Gebühren, und wir schreiben euch nie per DM.",
        ],
        'nft_mint': [
            "Die neue Kollektion mintet Donnerstag um 18 Uhr (MEZ). Nur auf {offdomain}. „Free Mint“-Links per DM sind Fake.",
        ],
        'price_talk': [
            "BTC hat sich seit März quasi verdoppelt und trotzdem heißt es immer noch, es sei zu spät 🤷",
            "Long mit 2x Hebel, Stop unter dem Wochentief. Keine Anlageberatung.",
            "Wenn der Token-Unlock sauber läuft, ist hier ein 10x drin. Großes Wenn.",
        ],
        'yield': [
            "Der Stablecoin-Pool bringt diese Woche {pct} APY. Variabel, und das Smart-Contract-Risiko ist real.",
        ],
        'release_notes': [
            "Wallet-Version {ver} ist da: bessere Gebührenschätzung, Taproot-Versand und eine Warnung, wenn die eingefügte Adresse von der kopierten abweicht. Download nur über {offdomain}.",
        ],
        'conference': [
            "Tickets fürs Bitcoin-Meetup in {city} sind online! Vorträge zu Selbstverwahrung und Betrugserkennung. Anmeldung: {offdomain}",
        ],
        'meme': [
            "„Schick mir 1 BTC, ich schick dir 2 zurück.“ Bruder, wenn du 2 hättest, bräuchtest du meinen nicht 😂",
            "Mein Portfolio läuft super, solange ich es nicht öffne",
        ],
    },
    'hist': {
        'sports': [
            "Heimsieg! {score} gegen {team}. Danke an alle, die heute Stimmung gemacht haben 💪",
            "Der Kader für das Auswärtsspiel am {day} gegen {team} steht.",
            "Öffentliches Training am {day} in {city}. Kommt vorbei!",
            "Hart erkämpftes Unentschieden auswärts. Mund abwischen, weiter geht's.",
            "Der Vorverkauf fürs Derby startet am {day}, Mitglieder zuerst.",
        ],
        'company': [
            "Unsere neue Filiale in {city} eröffnet am {day}! Die ersten 100 Kunden bekommen eine Überraschung 🛍️",
            "Unser Kundenservice ist jetzt täglich von 8 bis 22 Uhr erreichbar.",
            "Danke an unser Team für ein Rekordquartal!",
            "Die Herbstkollektion ist jetzt in allen Filialen und online erhältlich.",
            "Wir stellen ein in {city}: Logistik, Kundenservice und IT.",
        ],
        'charity': [
            "Diese Woche haben unsere Ehrenamtlichen {n} Lebensmittelpakete für Familien in {city} gepackt. Danke 💚",
            "Unsere Winterhilfe startet am {day}. Warme Jacken, Decken und eure Zeit sind willkommen.",
            "Unser Jahresbericht ist online: jeder Euro und jede Stunde nachvollziehbar.",
            "Spendenlauf in {city} am {day}. Schon {n} Anmeldungen!",
        ],
        'general': [
            "Guten Morgen zusammen ☀️",
            "Was für eine Woche. Schönes Wochenende euch allen!",
            "Danke für all die lieben Nachrichten.",
        ],
    },
    'hijacked': [
        ('fcnordhafen', 'FC Nordhafen', 'sports'),
        ('kaufhaus_brenner', 'Kaufhaus Brenner', 'company'),
        ('tafelhilfe_ost', 'Tafelhilfe Ost e.V.', 'charity'),
    ],
    'scammers': {
        'giveaway': [('btc_verlosung', 'Bitcoin Verlosung 🎁'), ('krypto_event_x2', 'Krypto Event x2'),
                     ('offizielles_gw', 'Offizielles Giveaway')],
        'drainer': [('airdrop_de_offiz', 'Airdrop DE'), ('token_claim_de', 'Token Claim')],
        'recovery': [('sabine_investiert', 'Sabine 🌸'), ('krypto_rueckhol', 'Krypto-Rückholung')],
        'support': [('wallet_support_de', 'Wallet Support DE'), ('kundenservice_24', 'Kundenservice 24/7')],
    },
    'normals': [
        ('news', 'kryptokurier', 'Krypto-Kurier', 'kryptokurier.example.de'),
        ('security', 'betrugsradar', 'Betrugsradar', 'betrugsradar.example.de'),
        ('exchange', 'handelsplatznord', 'Handelsplatz Nord', 'handelsplatz-nord.de'),
        ('charity', 'kinderhilfe_sued', 'Kinderhilfe Süd e.V.', 'kinderhilfe-sued.org'),
        ('trader', 'chartjonas', 'Jonas | Charts', None),
        ('project', 'bergkristall_w', 'Bergkristall Wallet', 'bergkristall.app'),
        ('events', 'btc_stammtisch_b', 'Bitcoin-Stammtisch Berlin', 'btc-stammtisch.example.de'),
    ],
    'people': ['jonas', 'lena', 'felix', 'anna', 'tobi', 'miri', 'lukas', 'svenja', 'kai', 'jule'],
    'people_names': ['Jonas', 'Lena', 'Felix K.', 'Anna 🌻', 'Tobi', 'Miri', 'Lukas', 'Svenja', 'Kai', 'Jule'],
    'fills': {'city': ['Hamburg', 'München', 'Köln', 'Leipzig', 'Wien', 'Zürich', 'Dresden'],
              'team': ['Eintracht Talheim', 'FC Nordmark', 'SV Lindenau 09', 'TuS Bergfeld'],
              'day': ['Samstag', 'Sonntag', 'Mittwoch', 'Freitag']},
    'keywords': ['schick', 'send', 'doppelt', 'verdopp', 'giveaway', 'zurück', 'bekomm', 'wallet', 'adresse',
                 'bonus', 'gratis', 'claim', 'verschenk'],
    'tierwords': ('Sende', 'erhalte'),
}

# ============================================================== ru ====
DATA['ru'] = {
    'scam': {
        'double': [
            "Сегодня я щедрый 💸 Ближайшие {mins} минут каждый {coin}, отправленный на адрес ниже, вернётся в двойном размере. Отправил {a1} — получил {a2}.\n{addr}",
            "В благодарность всем, кто со мной с самого начала: любой перевод {coin} на этот кошелёк возвращается х2 👇\n{addr}\nМинимум {min}, максимум {max}.",
            "Это не шутка. Кидайте {coin} на {addr}, верну вдвойне. Только {mins} минут, потом закрываю!",
            "Вы столько мне дали, теперь моя очередь. Всё, что пришлёте в {coin} на адрес ниже, уйдёт обратно умноженным на два.\n\n{addr}",
        ],
        'multi': [
            "УТРАИВАЕМ 🚀 Отправьте {a1} {coin} — получите {a3} {coin}. Пока не закончится фонд.\n{addr}",
            "Бонус 100% на каждый перевод {coin} во время трансляции. Официальный адрес: {addr}",
        ],
        'tier': [
            "🎁 Раздача от {name} 🎁\n{tiers}\nАдрес: {addr}\nОсталось {mins} минут!",
            "Как это работает:\n{tiers}\n👉 {addr}\nВозврат автоматический.",
        ],
        'sent': [
            "Уже отправили на эти кошельки ✅\n{txtable}\nЕщё немного открыто: {addr}",
        ],
        'link_event': [
            "Прямой эфир с раздачей {total} {coin} для сообщества. Подробности и участие на официальной странице: {url}",
            "Началось! Раздача идёт, успейте до конца 👉 {url}",
            "{name} празднует годовщину и раздаёт {coinname}. Инструкция здесь: {url}",
        ],
        'link_qr': [
            "Отсканируйте QR-код на странице события своим кошельком и получите вдвое больше 👇 {url}",
        ],
        'link_drainer': [
            "Аирдроп {token} запущен 🪂 Подключите кошелёк и заберите свою долю, пока не закрыли: {url}",
            "Поздравляем, ваш кошелёк участвует в программе вознаграждений {brand}. Забрать: {url}",
        ],
        'link_validate': [
            "Пользователи {brand}: из-за обновления сети необходимо подтвердить кошелёк в течение 24 часов, иначе доступ будет ограничен. Синхронизация: {url}",
        ],
        'drop': [
            "Дарю {a1} {coin} двадцати случайным людям 🎁 Оставляйте адрес кошелька {coin} в комментариях 👇",
            "Кидайте свои кошельки в ответы, вечером разошлю подарки. Без подвоха 😎",
        ],
        'dm': [
            "Осталось 15 мест в раунде «удвоения». Пишите в личку, объясню 📩",
        ],
        'recovery': [
            "У меня увели {a1} {coin} через фейковую инвестплатформу, а {expert} вернул всё за несколько дней. Пишите ему в Телеграм: {tg}",
            "Не сдавайтесь, напишите {handle}. Они возвращают украденную крипту, мне помогли.",
        ],
        'support': [
            "Здравствуйте, приносим извинения за неудобства. Напишите нашей поддержке в Telegram {support}, и мы быстро всё решим.",
            "Ваша жалоба получена. Заполните форму по ссылке {url}, специалист свяжется с вами в течение 2 часов.",
        ],
    },
    'hn': {
        'news_quote': [
            "Сегодня днём были взломаны несколько верифицированных аккаунтов, в том числе {name}. В постах обещали удвоить любой {coin}, отправленный на {addr}. Это мошенничество, ничего не отправляйте.",
            "Осторожно: фейковая трансляция ведёт зрителей на {scamdomain}, где обещают «удвоить» перевод. Жалоба на сайт уже отправлена регистратору.",
            "По данным исследователей, на адрес {addr} за первый час пришли десятки переводов. Обратно, разумеется, не вернулось ничего.",
        ],
        'warning': [
            "Напоминаем: никто не будет удваивать вашу крипту. Ни звезда, ни биржа, ни фонд. «Отправь, чтобы получить» — это развод.",
            "Мы никогда не пишем первыми и не просим сид-фразу. Официальная поддержка только на {offdomain}.",
            "Осторожно со «специалистами по возврату средств», которые сами находят вас после обмана. Почти всегда это вторая серия того же развода.",
        ],
        'victim_ask': [
            "Кто-нибудь знает, {scamdomain} — это нормальный сайт? Видел на трансляции на YouTube, говорят, возвращают вдвойне",
            "Мне скинули вот этот адрес {addr}, мол, вернут х2. Правда или скам? Лучше спрошу заранее",
        ],
        'victim_lost': [
            "Отправил {amount} на одну из этих раздач с удвоением, и ничего не вернулось. Стыдно. Можно что-то сделать?",
            "Подключил кошелёк к сайту с «бесплатным минтом», за секунды всё вывели. Минус примерно {amount}.",
        ],
        'victim_support': [
            "@{exch} вывод висит третий день, никто не отвечает. Что происходит??",
        ],
        'reply_callout': [
            "Аккаунт взломан. НИЧЕГО не отправляйте, никто вам ничего не удвоит.",
            "Классический скам. Пожаловался, сделайте так же.",
        ],
        'quote_callout': [
            "Аккаунт скомпрометирован. Адрес в посте принадлежит мошенникам, не взаимодействуйте.",
        ],
        'hacked_notice': [
            "Сегодня утром наш аккаунт взломали. Посты про криптовалюту публиковали не мы, они удалены. Пожалуйста, ничего никуда не отправляйте.",
            "Аккаунт вернул. «Раздача» — это был НЕ я. Если кто-то отправил деньги, срочно пишите в свою биржу. Простите, ребята.",
        ],
        'donation': [
            "Наш сбор для пострадавших от наводнения теперь принимает {coin}: {addr}. Все движения средств публикуем ежемесячно.",
            "Спасибо всем, кто помог приюту! Если хотите поддержать в {coin}, адрес: {addr}. Отчёты на {offdomain}.",
        ],
        'tipjar': [
            "Если мои разборы вам помогли, можно угостить меня кофе в {coin}: {addr} Спасибо ☕",
        ],
        'freelancer': [
            "Для заказчиков, которые платят в {coin}: мой адрес {addr}. Перед отправкой, пожалуйста, сверьте его со мной по почте.",
        ],
        'exchange_promo': [
            "Новым пользователям — скидка {pct} на торговые комиссии на 30 дней. Условия на {offdomain}/promo. Мы никогда не просим перевести средства, чтобы получить награду.",
        ],
        'legit_giveaway': [
            "🎁 РОЗЫГРЫШ: разыгрываем 3 футболки с автографами! Условия: лайк, ретвит и подписка. Итоги в пятницу. Денег и данных кошелька мы никогда не попросим.",
        ],
        'airdrop_official': [
            "Аирдроп {token} доступен для получения. ЕДИНСТВЕННЫЙ сайт — {offdomain}/claim. Никаких комиссий, и в личку мы не пишем.",
        ],
        'nft_mint': [
            "Минт новой коллекции в четверг в 18:00 по Москве. Только на {offdomain}. Ссылка на «бесплатный минт» в личке — фейк.",
        ],
        'price_talk': [
            "Биток почти удвоился с марта, а кто-то до сих пор говорит, что поздно заходить 🤷",
            "Зашёл в лонг с плечом x2, стоп под недельным минимумом. Не ИИР.",
            "Если разлок пройдёт гладко, тут возможны иксов десять. Большое «если».",
        ],
        'yield': [
            "Пул стейблкоинов на этой неделе даёт {pct} годовых. Ставка плавающая, риск смарт-контракта никто не отменял.",
        ],
        'release_notes': [
            "Вышла версия кошелька {ver}: точнее расчёт комиссии, отправка на taproot-адреса и предупреждение, если вставленный адрес отличается от скопированного. Скачивайте только с {offdomain}.",
        ],
        'conference': [
            "Открыта регистрация на биткоин-митап в {city}! Доклады о самостоятельном хранении и о том, как распознать мошенников. Регистрация: {offdomain}",
        ],
        'meme': [
            "«Скинь 1 BTC, верну 2». Брат, если бы у тебя было 2, тебе бы мой не понадобился 😂",
            "Мой портфель чувствует себя отлично, пока я его не открываю",
        ],
    },
    'hist': {
        'sports': [
            "Победа дома! {score} в матче с «{team}». Спасибо болельщикам, гнали до последней минуты 💪",
            "Заявка на выездной матч против «{team}» опубликована.",
            "Открытая тренировка в {city} в субботу. Приходите всей семьёй!",
            "Тяжёлая ничья в гостях. Собираемся и идём дальше.",
            "Билеты на дерби уже в продаже, у владельцев абонементов приоритет.",
        ],
        'music': [
            "Концерт в {city} — это было что-то! Вы пели каждую песню вместе со мной ❤️",
            "Новый сингл выходит в пятницу в полночь. Волнуюсь ужасно 🙈",
            "Начали репетиции к туру. Осталось {n} дней!",
            "{n} лет с выхода первого альбома. Спасибо, что вы со мной.",
            "Билеты на концерт в {city} разлетелись за час. Нет слов.",
        ],
        'tech': [
            "Выпустили тёмную тему. Да, наконец-то 🌙",
            "Плановые работы в ночь на воскресенье, с 02:00 до 03:00 МСК. Часть функций может быть недоступна.",
            "Инцидент устранён, подробный разбор опубликуем на неделе.",
            "Новая версия приложения раскатывается на всех пользователей.",
            "Выступаем на конференции разработчиков в {city}. Приходите пообщаться!",
        ],
        'general': [
            "Всем доброе утро ☀️",
            "Ну и неделька. Хороших выходных!",
            "Спасибо за тёплые слова, правда.",
        ],
    },
    'hijacked': [
        ('fk_severyanin', 'ФК «Северянин»', 'sports'),
        ('dasha_vetrova', 'Даша Ветрова', 'music'),
        ('oblachko_app', 'Облачко — приложение', 'tech'),
    ],
    'scammers': {
        'giveaway': [('btc_razdacha', 'Раздача BTC 🎁'), ('kripto_event_x2', 'Крипто Ивент x2'),
                     ('ofits_razdacha', 'Официальная раздача')],
        'drainer': [('airdrop_ru_off', 'Аирдроп RU'), ('token_claim_ru', 'Получи токены')],
        'recovery': [('olga_investor', 'Ольга 🌸 инвестор'), ('vozvrat_kripty', 'Возврат криптовалюты')],
        'support': [('podderzhka_wal', 'Поддержка кошелька'), ('sluzhba_24_7', 'Служба поддержки 24/7')],
    },
    'normals': [
        ('news', 'kriptovestnik', 'Криптовестник', 'kriptovestnik.example.ru'),
        ('security', 'antiskam_ru', 'АнтиСкам', 'antiskam.example.org'),
        ('exchange', 'birzha_sever', 'Биржа Север', 'birzhasever.ru'),
        ('charity', 'fond_teplo', 'Фонд «Тепло»', 'fondteplo.org'),
        ('trader', 'grafik_denis', 'Денис | графики', None),
        ('project', 'koshelek_kedr', 'Кошелёк Кедр', 'kedrwallet.app'),
        ('events', 'btc_meetup_msk', 'Биткоин-митап Москва', 'btcmeetup.example.ru'),
    ],
    'people': ['dima', 'nastya', 'sasha', 'katya', 'vova', 'lena', 'artem', 'yulia', 'misha', 'ira'],
    'people_names': ['Дима', 'Настя', 'Саша К.', 'Катя 🌻', 'Вова', 'Лена', 'Артём', 'Юля', 'Миша', 'Ира'],
    'fills': {'city': ['Москве', 'Петербурге', 'Казани', 'Новосибирске', 'Екатеринбурге', 'Самаре'],
              'team': ['Северная звезда', 'Волна', 'Металлург-Восток', 'Торпедо-Юг'],
              'day': ['субботу']},
    'keywords': ['отправ', 'кида', 'удво', 'вдвой', 'двойн', 'раздач', 'дарю', 'верну', 'возвращ', 'получи',
                 'кошел', 'адрес', 'бонус', 'бесплат'],
    'tierwords': ('Отправьте', 'получите'),
}

# ============================================================== tr ====
DATA['tr'] = {
    'scam': {
        'double': [
            "Bugün cömert günümdeyim 💸 Önümüzdeki {mins} dakika boyunca aşağıdaki adrese gönderilen her {coin} iki katı olarak geri dönüyor. {a1} gönder, {a2} al.\n{addr}",
            "Baştan beri yanımda olan herkese teşekkür olarak: bu cüzdana yapılan her {coin} transferi x2 olarak iade ediliyor 👇\n{addr}\nMin {min}, maks {max}.",
            "Şaka değil. {addr} adresine {coin} atın, iki katını geri yollayayım. Sadece {mins} dakika, sonra kapatıyorum!",
            "Bana çok şey verdiniz, sıra bende. Aşağıdaki adrese {coin} olarak ne gönderirseniz anında iki katı geri geliyor.\n\n{addr}",
        ],
        'multi': [
            "ÜÇE KATLIYORUZ 🚀 {a1} {coin} gönder, {a3} {coin} al. Fon bitene kadar geçerli.\n{addr}",
            "Canlı yayın boyunca her {coin} transferine %100 bonus. Resmî adres: {addr}",
        ],
        'tier': [
            "🎁 {name} {coin} Çekilişi 🎁\n{tiers}\nAdres: {addr}\nSon {mins} dakika!",
            "Nasıl çalışıyor:\n{tiers}\n👉 {addr}\nİade otomatik.",
        ],
        'sent': [
            "Şu cüzdanlara gönderildi bile ✅\n{txtable}\nBiraz daha açık: {addr}",
        ],
        'link_event': [
            "Topluluk için {total} {coin} dağıtılan canlı etkinlik başladı. Tüm detaylar ve katılım resmî sayfada: {url}",
            "Başladı! Çekiliş aktif, bitmeden yetiş 👉 {url}",
            "{name} yıl dönümünü {coinname} dağıtarak kutluyor. Adımlar burada: {url}",
        ],
        'link_qr': [
            "Etkinlik sayfasındaki QR kodu cüzdanınla okut, iki katını al 👇 {url}",
        ],
        'link_drainer': [
            "{token} airdrop'u başladı 🪂 Cüzdanını bağla, kapanmadan payını al: {url}",
            "Tebrikler, cüzdanın {brand} ödül programına uygun. Buradan talep et: {url}",
        ],
        'link_validate': [
            "{brand} kullanıcıları: ağ güncellemesi nedeniyle cüzdanınızı 24 saat içinde doğrulamanız gerekiyor, aksi halde kısıtlanacak. Senkronizasyon: {url}",
        ],
        'drop': [
            "Rastgele 20 kişiye {a1} {coin} hediye ediyorum 🎁 {coin} adresinizi yorumlara bırakın 👇",
            "Cüzdan adreslerinizi yanıtlara yazın, akşam hediyeler gidiyor. Hiçbir tuzak yok 😎",
        ],
        'dm': [
            "İkiye katlama turunda 15 kişilik yer kaldı. DM'den yazın, anlatayım 📩",
        ],
        'recovery': [
            "Sahte bir yatırım sitesinde {a1} {coin} kaybetmiştim, {expert} birkaç günde hepsini geri aldı. Telegram'dan ulaşın: {tg}",
            "Pes etme, {handle} hesabına yaz. Çalınan kriptoyu geri alıyorlar, bende işe yaradı.",
        ],
        'support': [
            "Merhaba, yaşadığınız sorun için özür dileriz. Hızlıca çözebilmemiz için Telegram'da {support} destek ekibimize yazın.",
            "Şikâyetiniz alındı. Lütfen {url} adresindeki formu doldurun, temsilcimiz 2 saat içinde size dönecek.",
        ],
    },
    'hn': {
        'news_quote': [
            "Bu öğleden sonra aralarında {name} hesabının da bulunduğu birkaç onaylı hesap ele geçirildi. Paylaşımlarda {addr} adresine gönderilen her {coin} tutarının iki katının iade edileceği vaat ediliyordu. Bu bir dolandırıcılık, hiçbir şey göndermeyin.",
            "Uyarı: Sahte bir canlı yayın izleyicileri {scamdomain} sitesine yönlendiriyor ve gönderilenin iki katını vaat ediyor. Site şikâyet edildi.",
            "Araştırmacılara göre {addr} adresine ilk bir saatte onlarca transfer geldi. Tabii ki hiçbiri geri ödenmedi.",
        ],
        'warning': [
            "Hatırlatma: Kimse kriptonuzu ikiye katlamayacak. Ne ünlüler, ne borsalar, ne vakıflar. \"Gönder de al\" diyen dolandırıcıdır.",
            "Size asla ilk biz yazmayız ve kurtarma kelimelerinizi asla istemeyiz. Resmî destek yalnızca {offdomain} üzerinden.",
            "Dolandırıldıktan sonra sizi bulan \"fon kurtarma uzmanlarına\" dikkat. Neredeyse her zaman aynı dolandırıcılığın ikinci perdesi.",
        ],
        'victim_ask': [
            "{scamdomain} güvenilir mi bilen var mı? YouTube'da bir canlı yayında gördüm, iki katını geri veriyorlarmış",
            "Bana şu adresi attılar {addr}, x2 iade ediyorlarmış. Gerçek mi dolandırıcılık mı? Önce sorayım dedim",
        ],
        'victim_lost': [
            "Şu ikiye katlama çekilişlerinden birine {amount} gönderdim, hiçbir şey geri gelmedi. Çok utanıyorum. Yapılabilecek bir şey var mı?",
            "Cüzdanımı \"ücretsiz mint\" sitesine bağladım, saniyeler içinde her şeyi boşalttılar. Yaklaşık {amount} gitti.",
        ],
        'victim_support': [
            "@{exch} çekim talebim 3 gündür bekliyor ve kimse cevap vermiyor. Neler oluyor??",
        ],
        'reply_callout': [
            "Bu hesap hacklendi. HİÇBİR ŞEY göndermeyin, kimse size iki katını vermeyecek.",
            "Klasik dolandırıcılık. Şikâyet ettim, siz de edin.",
        ],
        'quote_callout': [
            "Hesap ele geçirilmiş. Paylaşımdaki adres dolandırıcılara ait, etkileşime girmeyin.",
        ],
        'hacked_notice': [
            "Hesabımız bu sabah ele geçirildi. Kripto paylaşımları bize ait değil ve silindi. Lütfen hiçbir adrese bir şey göndermeyin.",
            "Hesabımı geri aldım. O \"çekiliş\" ben DEĞİLDİM. Bir şey gönderen varsa hemen borsasına bildirsin. Herkesten özür dilerim.",
        ],
        'donation': [
            "Sel mağdurları için başlattığımız kampanya artık {coin} bağışı da kabul ediyor: {addr}. Tüm hareketleri her ay yayımlıyoruz.",
            "Barınağa bağış yapan herkese teşekkürler! {coin} ile destek olmak isterseniz adresimiz: {addr}. Raporlar {offdomain} sitesinde.",
        ],
        'tipjar': [
            "Videolarım işinize yaradıysa bana {coin} ile bir kahve ısmarlayabilirsiniz: {addr} Teşekkürler ☕",
        ],
        'freelancer': [
            "{coin} ile ödeme yapan müşteriler için adresim: {addr}. Göndermeden önce lütfen e-postayla benimle teyit edin.",
        ],
        'exchange_promo': [
            "Yeni kullanıcılara 30 gün boyunca işlem ücretlerinde {pct} indirim. Koşullar: {offdomain}/promo. Ödül için asla para göndermenizi istemeyiz.",
        ],
        'legit_giveaway': [
            "🎁 ÇEKİLİŞ: 3 imzalı forma hediye! Katılmak için beğen, RT yap ve takip et. Sonuçlar cuma günü. Sizden asla para ya da cüzdan bilgisi istemeyiz.",
        ],
        'airdrop_official': [
            "{token} airdrop'u talep edilebilir durumda. TEK resmî site {offdomain}/claim. Ücret yok, DM atmıyoruz.",
        ],
        'nft_mint': [
            "Yeni koleksiyonun mint'i perşembe 18.00'de (TSİ). Yalnızca {offdomain} üzerinden. DM'den gelen \"ücretsiz mint\" linki sahtedir.",
        ],
        'price_talk': [
            "BTC marttan beri neredeyse ikiye katlandı, hâlâ \"geç kaldık\" diyenler var 🤷",
            "2x kaldıraçla long açtım, stop haftalık dibin altında. YTD.",
            "Kilit açılımı sorunsuz geçerse bu coin 10x yapabilir. Büyük bir \"eğer\" tabii.",
        ],
        'yield': [
            "Stablecoin havuzu bu hafta yıllık {pct} getiri veriyor. Değişken, akıllı sözleşme riski de cabası.",
        ],
        'release_notes': [
            "Cüzdanın {ver} sürümü çıktı: daha iyi ücret tahmini, taproot gönderimi ve yapıştırdığınız adres kopyaladığınızdan farklıysa uyarı. Sadece {offdomain} üzerinden indirin.",
        ],
        'conference': [
            "{city} Bitcoin buluşmasının biletleri satışta! Kendi cüzdanında saklama ve dolandırıcılıkları tanıma üzerine konuşmalar. Kayıt: {offdomain}",
        ],
        'meme': [
            "\"Bana 1 BTC gönder, 2 geri yollayayım.\" Kardeşim, 2 tane olsa benimkine ihtiyacın olmazdı 😂",
            "Portföyüm gayet iyi, açıp bakmadığım sürece",
        ],
    },
    'hist': {
        'sports': [
            "Evimizde galibiyet! {team} karşısında {score}. Sonuna kadar bizi ittiren taraftarımıza teşekkürler 💪",
            "{team} deplasmanı için kamp kadromuz açıklandı.",
            "Cumartesi tesislerimizde açık antrenman var. Herkesi bekliyoruz!",
            "Deplasmanda zorlu bir beraberlik. Başımız dik, yolumuza devam.",
            "Derbi biletleri satışta, kombine sahiplerine öncelik.",
        ],
        'music': [
            "Dün geceki konser… Her şarkıyı benimle birlikte söylediniz, hâlâ tüylerim diken diken ❤️",
            "Yeni single cuma gece yarısı geliyor. Çok heyecanlıyım 🙈",
            "Turne provaları başladı. {n} gün kaldı!",
            "İlk albümün üzerinden {n} yıl geçmiş. İyi ki varsınız.",
            "Biletler bir saatte tükendi. Söyleyecek söz bulamıyorum.",
        ],
        'politics': [
            "Bugün mecliste gece otobüslerinin uzatılması önergemizi sunduk.",
            "Mahalle dernekleriyle bir araya geldik. Önce dinlemek gerek.",
            "Hafta sonu sahada olan tüm gönüllülerimize teşekkürler.",
            "Yeni bütçede konuta {n} milyon ayrıldı. Bu daha başlangıç.",
            "Cuma günü 16.00-19.00 arası halk günü, randevusuz gelebilirsiniz.",
        ],
        'general': [
            "Herkese günaydın ☀️",
            "Ne haftaydı ama. Herkese iyi hafta sonları!",
            "Güzel mesajlarınız için gerçekten teşekkürler.",
        ],
    },
    'hijacked': [
        ('korfezspor_ofc', 'Körfezspor', 'sports'),
        ('selinakar', 'Selin Akar', 'music'),
        ('av_mertkaya', 'Av. Mert Kaya', 'politics'),
    ],
    'scammers': {
        'giveaway': [('btc_cekilis_resmi', 'Resmi BTC Çekilişi 🎁'), ('kripto_etkinlik2x', 'Kripto Etkinlik x2'),
                     ('hediye_bitcoin', 'Bitcoin Hediye')],
        'drainer': [('airdrop_tr_resmi', 'Airdrop TR'), ('token_talep', 'Token Talep')],
        'recovery': [('ayse_yatirim', 'Ayşe 🌸'), ('kripto_kurtarma', 'Kripto Kurtarma')],
        'support': [('cuzdan_destek', 'Cüzdan Destek'), ('musteri_hizmet24', 'Müşteri Hizmetleri 7/24')],
    },
    'normals': [
        ('news', 'kriptogundem_tr', 'Kripto Gündem', 'kriptogundem.example.com.tr'),
        ('security', 'dolandiricilik_al', 'Dolandırıcılık Alarmı', 'dolandiricilikalarmi.example.org'),
        ('exchange', 'borsakule', 'BorsaKule', 'borsakule.com.tr'),
        ('charity', 'umut_vakfi', 'Umut Işığı Vakfı', 'umutisigi.org.tr'),
        ('trader', 'grafikci_emre', 'Emre | grafik', None),
        ('project', 'cinar_cuzdan', 'Çınar Cüzdan', 'cinarcuzdan.app'),
        ('events', 'btc_ist_meetup', 'Bitcoin İstanbul Buluşması', 'btcistanbul.example.org'),
    ],
    'people': ['emre', 'zeynep', 'burak', 'elif', 'mert', 'ece', 'can', 'deniz', 'onur', 'buse'],
    'people_names': ['Emre', 'Zeynep', 'Burak', 'Elif 🌻', 'Mert', 'Ece', 'Can', 'Deniz', 'Onur', 'Buse'],
    'fills': {'city': ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya'],
              'team': ['Karadeniz Gücü', 'Boğaziçi Spor', 'Anadolu Yıldızı', 'Ege Dalgası'],
              'day': ['cumartesi']},
    'keywords': ['gönder', 'iki kat', 'katı', 'katlı', 'çekiliş', 'hediye', 'iade', 'geri', 'cüzdan', 'adres',
                 'bonus', 'ücretsiz', 'talep'],
    'tierwords': ('Gönder', 'al'),
}
