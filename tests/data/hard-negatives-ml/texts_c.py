"""Hand-written texts, part C: ar, ja, ko, zh. Markup and categories: see texts_a.py."""

ACCOUNTS = {
    "ar": [
        ("TaqniaNews", "أخبار تقنية", "news"),
        ("AlYawmDigital", "اليوم الرقمي", "news"),
        ("KriptoArabi", "كريبتو عربي", "cryptonews"),
        ("sara_alhashimi", "سارة الهاشمي", "journalist"),
        ("athar_onchain", "أثر السلسلة", "researcher"),
        ("dr_khaled_sec", "د. خالد المنصوري", "researcher"),
        ("JisrExchange", "جسر", "exchange"),
        ("JisrSupport", "دعم جسر", "support"),
        ("HimayaRaqmia", "حماية رقمية", "safety"),
        ("NadiAlWaha", "نادي الواحة", "org"),
        ("HalawiyatAlNour", "حلويات النور", "smallbiz"),
        ("JamiyatAlAmal", "جمعية الأمل الخيرية", "charity"),
        ("mashrou_nakhla", "مشروع نخلة", "oss"),
        ("layla_designs", "ليلى | تصميم", "freelancer"),
        ("yousef_charts", "يوسف", "creator"),
        ("NajmNetwork", "شبكة نجم", "project"),
        ("abu_bitcoin", "أبو بيتكوين", "creator"),
        ("omar_jeddah", "عمر", "user"),
        ("noura_dxb", "نورة", "user"),
        ("um_ahmad_62", "أم أحمد", "user"),
    ],
    "ja": [
        ("TechNewsNippon", "テックニュース日本", "news"),
        ("NetShinpo", "ネット新報", "news"),
        ("KasoTsukaWatch", "暗号資産ウォッチ", "cryptonews"),
        ("yamada_aki_sec", "山田亜紀", "journalist"),
        ("onchain_tsuiseki", "オンチェーン追跡", "researcher"),
        ("dr_sato_security", "佐藤 誠", "researcher"),
        ("HashiBit", "ハシビット", "exchange"),
        ("HashiBitSupport", "ハシビット サポート", "support"),
        ("ShohishaAlert", "消費者アラート", "safety"),
        ("FC_Minato", "FCみなと", "org"),
        ("pan_komugi", "パン工房こむぎ", "smallbiz"),
        ("MizuNoKikin", "みずの基金", "charity"),
        ("proj_hotaru", "hotaru", "oss"),
        ("mio_illust", "みお🎨依頼受付中", "freelancer"),
        ("chart_neko", "チャート猫", "creator"),
        ("kobo_sakura", "工房さくら", "nft"),
        ("bitcoin_ojisan", "ビットコインおじさん", "creator"),
        ("kenta_0812", "けんた", "user"),
        ("yuki_osaka", "ゆき", "user"),
        ("hanako_58", "花子", "user"),
    ],
    "ko": [
        ("TechDailyKR", "테크데일리", "news"),
        ("OnlineIlbo", "온라인일보", "news"),
        ("CoinInsightKR", "코인인사이트", "cryptonews"),
        ("kim_jiwon_sec", "김지원 기자", "journalist"),
        ("onchain_chujeok", "온체인추적", "researcher"),
        ("dr_park_security", "박정호", "researcher"),
        ("DariBit", "다리빗", "exchange"),
        ("DariBitCS", "다리빗 고객센터", "support"),
        ("CyberSagiYebang", "사이버사기예방", "safety"),
        ("FC_Hangang", "FC한강", "org"),
        ("bakery_milbat", "밀밭베이커리", "smallbiz"),
        ("SaemmulFdn", "샘물재단", "charity"),
        ("proj_hanul", "hanul", "oss"),
        ("seoyeon_draws", "서연 커미션", "freelancer"),
        ("chart_gom", "차트곰", "creator"),
        ("ByeolNetwork", "별 네트워크", "project"),
        ("bitcoin_samchon", "비트코인삼촌", "creator"),
        ("minsu_92", "민수", "user"),
        ("jiyeon_busan", "지연", "user"),
        ("younghee_58", "영희", "user"),
    ],
    "zh": [
        ("KejiKuaixun", "科技快讯", "news"),
        ("XinWangNews", "新网新闻", "news"),
        ("BiQuanKuaibao", "币圈快报", "cryptonews"),
        ("chen_yu_security", "陈宇", "journalist"),
        ("lianshang_zhuizong", "链上追踪", "researcher"),
        ("dr_lin_anquan", "林博士", "researcher"),
        ("TianqiaoEx", "天桥交易所", "exchange"),
        ("TianqiaoSupport", "天桥客服", "support"),
        ("FanZhaTixing", "反诈提醒", "safety"),
        ("HaixingFC", "海星足球俱乐部", "org"),
        ("mianbao_xiaowu", "面包小屋", "smallbiz"),
        ("QingquanFund", "清泉公益基金会", "charity"),
        ("proj_yinghuo", "yinghuo", "oss"),
        ("xiaomei_hua", "小美画画", "freelancer"),
        ("k_xian_mao", "K线猫", "creator"),
        ("XingheNetwork", "星河网络", "project"),
        ("bitcoin_laozhang", "比特币老张", "creator"),
        ("wang_lei88", "王磊", "user"),
        ("amy_taipei", "Amy 🧋", "user"),
        ("liu_ayi_65", "刘阿姨", "user"),
    ],
}

POSTS = {
    "ar": [
        ("news", "TaqniaNews",
         "تعرّض الحساب الموثّق لشركة السيارات Valkor Motors للاختراق نحو 40 دقيقة. وجاء في المنشورات: «نعيد "
         "لكم الضعف: أرسلوا من 0.1 إلى 20 BTC إلى العنوان أدناه واحصلوا على ضعفها». واستعادت الشركة السيطرة "
         "على الحساب. [[https://taqnia-news.com/security/valkor]]"),
        ("news", "KriptoArabi",
         "بحسب بيانات البلوكشين، تلقّى العنوان {{bc:valkor}} المستخدم في اختراق حساب Valkor Motors نحو 3.4 BTC "
         "قبل حذف المنشورات."),
        ("news", "AlYawmDigital",
         "القبض على شخصين في القاهرة بتهمة تنظيم «مسابقات» عملات رقمية وهمية عبر موقع jisr-hadiya[.]top الذي "
         "وعد بـ«مضاعفة عملات ETH خلال 30 دقيقة». وبلغ عدد الضحايا أكثر من 140 شخصاً."),
        ("news", "sara_alhashimi",
         "تحدثت مع ضحايا البث المزيّف لمنصة Orbix. يقول متقاعد من عمّان: «كان الرئيس التنفيذي يقول في الفيديو: "
         "أرسلوا 0.5 ETH وستستلمون 1 ETH. اتضح أنه فيديو مصنوع بالذكاء الاصطناعي»."),
        ("warning", "HimayaRaqmia",
         "⚠️ لا أحد سيضاعف عملاتك الرقمية. عبارة «أرسل 1 BTC واستلم 2 BTC» احتيال دائماً. لا ترسل أي شيء إلى "
         "{{bc:valkor}} أو إلى أي عنوان «مسابقة». أبلغ عن المنشور."),
        ("warning", "JisrSupport",
         "منصة جسر لن تطلب منك أبداً إرسال عملات رقمية للمشاركة في عرض أو «لفك تجميد» السحب. الموقع "
         "[[http://jisr-hadiya.top]] لا يتبع لنا. موقعنا الرسمي: [[https://jisr.exchange/security]]"),
        ("warning", "JisrSupport",
         "إذا حوّلت أموالاً إلى {{eth:jisrfake}} ظناً أنه عرض من جسر، افتح تذكرة دعم مع رقم المعاملة (hash). "
         "لا يمكننا إلغاء التحويل، لكننا نسلّم كل البيانات للجهات المختصة."),
        ("warning", "abu_bitcoin",
         "أقولها لأولادي دائماً: من يعدك بضعف ما ترسله لا يهديك شيئاً، بل يسرقك. بعلامة زرقاء أو بدونها."),
        ("research", "athar_onchain",
         "🧵 تتبّعت العنوان {{eth:jisrfake}} الخاص بالعرض المزيّف باسم جسر. 1/ استقبل 13.2 ETH من 71 مُرسلاً "
         "خلال ثلاثة أيام. المُعاد للضحايا: صفر."),
        ("research", "athar_onchain",
         "2/ كان الموقع يعرض قائمة «آخر المعاملات» يظهر فيها أشخاص يستلمون الضعف. في الكود المصدري: قائمة ثابتة "
         "بالجافاسكربت تتكرر كل دقيقتين."),
        ("research", "dr_khaled_sec",
         "من بين 1,150 نطاقاً لمسابقات عملات رقمية وهمية رصدناها في مايو، تحتوي 71% منها على gift أو event أو "
         "x2. متوسط عمر النطاق: 4 أيام. التقرير: [[https://khaled-sec.ae/reports/giveaway-2026]]"),
        ("research", "sara_alhashimi",
         "السيناريو نفسه في كل مرة: فيديو مزيّف، رمز QR، عبارة «أرسل من 0.1 إلى 50 ETH واستلم 2x خلال 30 دقيقة»، "
         "وعدّاد تنازلي. الاستعجال جزء من الخدعة."),
        ("question", "omar_jeddah",
         "هل هذا حقيقي؟ فيه فيديو لمنصة جسر يقول لو أرسلت 0.1 ETH إلى {{eth:jisrfake}} يرجع لك 0.2 ETH. "
         "أحد جرّبها؟"),
        ("reply", "noura_dxb",
         "@omar_jeddah نصب يا عمر، لا ترسل شي. جسر نفسها أعلنت إن هذا العرض مو موجود."),
        ("question", "um_ahmad_62",
         "أحد راسلني يقول إني ربحت 1 BTC وعليّ فقط دفع 0.02 BTC «رسوم تحويل». هل هذا طبيعي؟"),
        ("reply", "abu_bitcoin",
         "@um_ahmad_62 لا يا أم أحمد، هذا احتيال. الجائزة الحقيقية لا تحتاج رسوماً. احظريه وأبلغي عنه 🙏"),
        ("hacked", "NadiAlWaha",
         "بيان: تعرّض حساب النادي للاختراق الليلة الماضية ونُشرت عليه «مسابقة بيتكوين» مزعومة. لا علاقة للنادي "
         "بذلك، ولن نطلب منكم أبداً إرسال عملات رقمية."),
        ("hacked", "HalawiyatAlNour",
         "حسابنا انخترق 😞 إذا شفتوا شي مثل «أرسل ETH واستلم الضعف» فهذا مو إحنا. إحنا نبيع كنافة مو عملات."),
        ("hacked", "mashrou_nakhla",
         "تنبيه: تم الاستيلاء على خادم Discord الخاص بنا وأُعلن عن «إيردروب NAKHLA، أرسلوا 0.05 ETH رسوم غاز». "
         "لا يوجد أي توكن، ولن يوجد."),
        ("donation", "JamiyatAlAmal",
         "حملة الصيف لتوفير مياه الشرب لـ 5,000 أسرة. للتبرع: [[https://alamal-charity.org/donate]] أو بالعملات "
         "الرقمية: BTC {{bc:amal}} · ETH {{eth:amal}}. ننشر تقريراً مالياً كل شهر."),
        ("donation", "mashrou_nakhla",
         "نخلة برنامج مفتوح المصدر يطوّره متطوعان. لمن يرغب في الدعم: {{bc:nakhla}}. ننشر كل ربع سنة أين "
         "ذهبت التبرعات."),
        ("donation", "layla_designs",
         "فتحت طلبات تصميم الشعارات ✏️ الدفع بتحويل بنكي أو BTC ({{p2pkh:layla}})، نصف المبلغ مقدماً. "
         "راسلوني على الخاص."),
        ("donation", "yousef_charts",
         "إذا استفدت من تحليلاتي الأسبوعية وحاب تعزمني على قهوة: {{bc:yousef}} ☕ بدون أي التزام، المحتوى "
         "بيظل مجاني."),
        ("promo", "JisrExchange",
         "مكافأة الترحيب: أودِع 500 درهم على الأقل خلال 14 يوماً من توثيق هويتك واحصل على 50 درهماً خصماً على "
         "الرسوم. العرض سارٍ حتى 30 يونيو. الشروط: [[https://jisr.exchange/promo/welcome]]"),
        ("promo", "JisrExchange",
         "🏆 مسابقة التداول لشهر يونيو: أفضل 50 متداولاً حسب نسبة الربح يتقاسمون 20,000 USDT. الحد الأدنى "
         "للحجم 5,000 USDT ويشترط توثيق الحساب. الشروط الكاملة: [[https://jisr.exchange/competition-june]]"),
        ("promo", "NajmNetwork",
         "توزيع NJM المجاني (إيردروب) متاح للمحافظ التي استخدمت الشبكة التجريبية قبل 1 مايو. المطالبة فقط عبر "
         "[[https://claim.najm.network]]. لن نراسلك على الخاص ولن نطلب منك إرسال أي رموز أولاً."),
        ("promo", "KriptoArabi",
         "🎁 سحب: نهدي 3 محافظ أجهزة. للمشاركة: تابع الحساب، أعد التغريد، واذكر صديقاً. النتائج يوم الجمعة. "
         "لن نطلب منك أي دفع أو عملات رقمية."),
        ("banter", "omar_jeddah",
         "محفظتي تضاعفت من مارس وما زلت مفلس 😂 0.1 ETH → 0.2 ETH في سنة، مو سيئ"),
        ("banter", "noura_dxb",
         "كلاسيكو الليلة. الضعف أو لا شيء مع أخوي: اللي يخسر يدفع عشاء شهر يوليو كامل."),
        ("banter", "yousef_charts",
         "البيتكوين تضاعف من مارس والقروب يطالب بـ x2 جديدة 😅 على راحتكم، السوق مو يانصيب."),
    ],
    "ja": [
        ("news", "TechNewsNippon",
         "自動車メーカーValkor Motorsの認証済みアカウントが約40分間乗っ取られた。投稿には「2倍にしてお返し"
         "します。下記アドレスに0.1〜20BTCを送ると2倍が戻ります」とあった。同社は復旧済みとしている。"
         "[[https://technews-nippon.jp/security/valkor]]"),
        ("news", "KasoTsukaWatch",
         "ブロックチェーン上のデータによると、Valkor Motors乗っ取り事件で使われたアドレス{{bc:valkor}}には、"
         "投稿削除までに約3.4BTCが送金されていた。"),
        ("news", "NetShinpo",
         "歌手LUMINAさんのアカウントが一時乗っ取られ「ファン感謝企画。BTCを送ってくれた方に倍額をお返し"
         "します」との投稿と送金先{{p2pkh:lumina}}が表示された。事務所は「本人とは無関係」とコメント。"),
        ("news", "yamada_aki_sec",
         "偽のOrbix配信の被害者に話を聞いた。「動画でCEOが『0.5ETHを送れば1ETH返す』と話していた。AIで"
         "作られた偽物だった」と札幌市の70代男性。"),
        ("warning", "ShohishaAlert",
         "⚠️「1BTC送れば2BTC返ってくる」は100%詐欺です。{{bc:valkor}}や「プレゼント企画」をうたうアドレス"
         "には絶対に送金しないでください。見かけたら通報を。"),
        ("warning", "HashiBitSupport",
         "当社がキャンペーン参加や出金の「ロック解除」のために暗号資産の送付をお願いすることは一切ありません。"
         "[[http://hashibit-gift.live]]は当社と無関係です。公式：[[https://hashibit.jp/security]]"),
        ("warning", "HashiBitSupport",
         "当社のキャンペーンだと思って{{eth:hashifake}}へ送金してしまった方は、トランザクションハッシュを"
         "添えてお問い合わせください。取り消しはできませんが、警察への情報提供に協力します。"),
        ("warning", "bitcoin_ojisan",
         "親にいつも言ってること：送った額の倍を返すなんて言う人は、プレゼントじゃなくて泥棒。"
         "青いバッジがあっても同じ。"),
        ("research", "onchain_tsuiseki",
         "🧵 ハシビットを装った偽キャンペーンのアドレス{{eth:hashifake}}を追跡しました。1/ 3日間で89件、"
         "合計12.6ETHが入金。被害者への返金はゼロ件。"),
        ("research", "onchain_tsuiseki",
         "2/ サイトには「2倍を受け取った人」の取引一覧が流れていたが、ソースを見るとJavaScriptに直書き"
         "された固定リストが2分ごとにループしているだけだった。"),
        ("research", "dr_sato_security",
         "5月に収集した偽の暗号資産プレゼントサイト1,000件のうち、69%のドメインにgift・event・x2のいずれか"
         "が含まれていた。寿命の中央値は4日。報告書：[[https://sato-lab.jp/report/giveaway-2026]]"),
        ("research", "yamada_aki_sec",
         "手口は毎回同じ。ディープフェイク動画、QRコード、「0.1〜50ETHを送れば30分以内に2倍」という文言、"
         "そしてカウントダウン。急がせるのも手口の一部だ。"),
        ("question", "kenta_0812",
         "これって本物？ハシビットの動画で{{eth:hashifake}}に0.1ETH送ると0.2ETH返ってくるって言ってる"
         "んだけど、試した人いる？"),
        ("reply", "yuki_osaka",
         "@kenta_0812 それ詐欺やで、絶対送ったらあかん。ハシビットも公式にそんなキャンペーンないって言うてる。"),
        ("question", "hanako_58",
         "「1BTCが当選しました。受け取りには手数料0.02BTCが必要です」というメッセージが来ました。"
         "これは普通のことでしょうか？"),
        ("reply", "bitcoin_ojisan",
         "@hanako_58 普通ではありません、詐欺です。本物の当選で手数料を払うことはありません。"
         "ブロックして通報してください🙏"),
        ("hacked", "FC_Minato",
         "【お知らせ】昨夜、当クラブ公式アカウントが不正アクセスを受け、ビットコインのプレゼント企画をうたう"
         "投稿がされました。当クラブとは一切関係ありません。暗号資産の送付をお願いすることは絶対にありません。"),
        ("hacked", "pan_komugi",
         "アカウントが乗っ取られました😞「ETHを送ると倍にして返す」みたいな投稿はうちじゃないです。"
         "うちはパン屋です、コインは焼いてません。"),
        ("hacked", "proj_hotaru",
         "注意：Discordサーバーが乗っ取られ「HOTARUエアドロップ、ガス代として0.05ETHを送って」と告知され"
         "ました。トークンは存在しませんし、今後も発行しません。"),
        ("donation", "MizuNoKikin",
         "夏の募金：東アフリカで井戸20基を建設します。カード決済[[https://mizunokikin.or.jp/donate]]のほか、"
         "暗号資産でも受付中。BTC {{bc:mizu}} ETH {{eth:mizu}}"),
        ("donation", "proj_hotaru",
         "hotaruはボランティア2人で開発しているOSSです。支援はこちらへ：{{bc:hotaru}} "
         "寄付の使い道は四半期ごとに公開しています。"),
        ("donation", "mio_illust",
         "アイコン・立ち絵のご依頼受付中です🎨 お支払いは銀行振込かBTC（{{p2pkh:mio}}）、半額前払いで"
         "お願いします。DMでどうぞ。"),
        ("donation", "chart_neko",
         "毎週のチャート解説が役に立ったら投げ銭歓迎です：{{bc:neko}} ☕ もちろん無料のまま続けます。"),
        ("promo", "HashiBit",
         "新規口座開設キャンペーン：本人確認完了から14日以内に1万円以上入金で、取引手数料に使える1,000円分"
         "のクーポンを進呈。6月30日まで。条件：[[https://hashibit.jp/campaign/welcome]]"),
        ("promo", "HashiBit",
         "🏆6月のトレードコンテスト開催！収益率上位50名で20,000 USDTを山分け。最低取引量5,000 USDT、"
         "本人確認済み口座が対象。規約：[[https://hashibit.jp/contest-june]]"),
        ("promo", "kobo_sakura",
         "NFTコレクション「桜」のミントは6月25日18時。300点、1点0.02ETH、1ウォレット2点まで。ミントは"
         "[[https://sakura-kobo.art/mint]]のみ。コントラクトはここと公式サイトで同時に公開します。"),
        ("promo", "KasoTsukaWatch",
         "🎁プレゼント企画：ハードウェアウォレットを3名様に！応募はフォロー＆このポストをRTするだけ。"
         "当選発表は金曜日。送金や個人情報をお願いすることはありません。"),
        ("banter", "kenta_0812",
         "ポートフォリオが3月から倍になったのに相変わらず金欠😂 0.1ETH→0.2ETH、1年でこれなら悪くない"),
        ("banter", "yuki_osaka",
         "今夜は阪神戦。弟と倍プッシュで賭けてる、負けたら7月の焼肉おごり"),
        ("banter", "chart_neko",
         "BTCは3月から2倍になって、チャットではもう次の2倍を期待する声。落ち着いて、相場は宝くじじゃないよ。"),
    ],
    "ko": [
        ("news", "TechDailyKR",
         "자동차 제조사 Valkor Motors의 인증 계정이 약 40분간 탈취됐다. 게시물에는 \"두 배로 돌려드립니다. "
         "아래 주소로 0.1~20 BTC를 보내면 두 배를 받습니다\"라는 문구가 있었다. 회사 측은 계정을 복구했다. "
         "[[https://techdaily.kr/security/valkor]]"),
        ("news", "CoinInsightKR",
         "블록체인 데이터에 따르면 Valkor Motors 계정 탈취에 쓰인 주소 {{bc:valkor}}에는 게시물이 삭제되기 "
         "전까지 약 3.4 BTC가 입금됐다."),
        ("news", "OnlineIlbo",
         "가수 LUMINA의 계정이 해킹돼 \"팬 감사 이벤트, BTC를 보내주시면 두 배로 돌려드려요\"라는 글과 "
         "주소 {{p2pkh:lumina}}가 올라왔다. 소속사는 \"전혀 관계없는 내용\"이라며 주의를 당부했다."),
        ("news", "kim_jiwon_sec",
         "가짜 Orbix 라이브 방송 피해자들을 만났다. \"영상 속 CEO가 '0.5 ETH 보내면 1 ETH 돌려준다'고 "
         "했어요. AI로 만든 가짜였죠.\" 대구에 사는 60대 피해자의 말이다."),
        ("warning", "CyberSagiYebang",
         "⚠️ \"1 BTC 보내면 2 BTC 돌려준다\"는 100% 사기입니다. {{bc:valkor}} 또는 '이벤트'를 내세운 어떤 "
         "주소로도 송금하지 마세요. 발견하면 신고해 주세요."),
        ("warning", "DariBitCS",
         "다리빗은 이벤트 참여나 출금 '잠금 해제'를 위해 가상자산 송금을 요구하지 않습니다. "
         "[[http://dari-event.live]]는 당사와 무관합니다. 공식: [[https://daribit.kr/security]]"),
        ("warning", "DariBitCS",
         "당사 이벤트로 착각해 {{eth:darifake}}로 송금하신 분은 트랜잭션 해시와 함께 고객센터로 문의해 "
         "주세요. 송금 취소는 불가하지만 수사기관에 정보를 제공하겠습니다."),
        ("warning", "bitcoin_samchon",
         "부모님께 늘 하는 말: 보낸 만큼 두 배로 돌려준다는 사람은 선물 주는 게 아니라 도둑질하는 거예요. "
         "파란 체크가 있어도 마찬가지."),
        ("research", "onchain_chujeok",
         "🧵 다리빗 사칭 가짜 이벤트 주소 {{eth:darifake}}를 추적했습니다. 1/ 사흘 동안 84명에게서 "
         "11.9 ETH가 들어왔고, 피해자에게 돌아간 금액은 0입니다."),
        ("research", "onchain_chujeok",
         "2/ 사이트에는 '두 배를 받은 사람들'의 최근 거래 목록이 떠 있었지만, 소스를 보니 자바스크립트에 "
         "박아 둔 고정 목록이 2분마다 반복될 뿐이었습니다."),
        ("research", "dr_park_security",
         "5월에 수집한 가짜 가상자산 이벤트 도메인 1,050개 중 71%에 gift, event, x2 중 하나가 들어 "
         "있었습니다. 수명 중앙값은 4일. 보고서: [[https://park-seclab.kr/report/giveaway-2026]]"),
        ("research", "kim_jiwon_sec",
         "수법은 매번 같다. 딥페이크 영상, QR 코드, \"0.1~50 ETH를 보내면 30분 안에 2배\"라는 문구, "
         "그리고 카운트다운. 서두르게 만드는 것도 수법의 일부다."),
        ("question", "minsu_92",
         "이거 진짜예요? 다리빗 영상에서 {{eth:darifake}}로 0.1 ETH 보내면 0.2 ETH 돌려준대요. "
         "해보신 분 있어요?"),
        ("reply", "jiyeon_busan",
         "@minsu_92 사기예요, 절대 보내지 마세요. 다리빗에서도 그런 이벤트 없다고 공지했어요."),
        ("question", "younghee_58",
         "1 BTC에 당첨됐다면서 수수료 0.02 BTC만 내면 받을 수 있다는 메시지가 왔어요. 원래 이런 건가요?"),
        ("reply", "bitcoin_samchon",
         "@younghee_58 아니요, 사기입니다. 진짜 당첨이라면 수수료를 낼 일이 없어요. 차단하고 신고하세요 🙏"),
        ("hacked", "FC_Hangang",
         "[공지] 어젯밤 구단 공식 계정이 해킹되어 비트코인 이벤트를 사칭한 게시물이 올라갔습니다. 구단과 "
         "전혀 무관하며, 구단은 절대 가상자산 송금을 요청하지 않습니다."),
        ("hacked", "bakery_milbat",
         "계정 해킹당했어요😞 'ETH 보내면 두 배로 돌려준다' 같은 글은 저희가 아닙니다. 저희는 빵집이에요, "
         "코인은 안 구워요."),
        ("hacked", "proj_hanul",
         "주의: 디스코드 서버가 탈취되어 'HANUL 에어드랍, 가스비로 0.05 ETH 보내세요'라는 공지가 "
         "올라왔습니다. 토큰은 존재하지 않으며 앞으로도 없습니다."),
        ("donation", "SaemmulFdn",
         "여름 모금: 동아프리카에 우물 20곳을 짓습니다. 카드 후원 [[https://saemmul.or.kr/donate]] 또는 "
         "가상자산 BTC {{bc:saemmul}} · ETH {{eth:saemmul}}. 매달 사용 내역을 공개합니다."),
        ("donation", "proj_hanul",
         "hanul은 자원봉사자 두 명이 만드는 오픈소스입니다. 후원해 주실 분은: {{bc:hanul}} "
         "후원금 사용 내역은 분기마다 공개합니다."),
        ("donation", "seoyeon_draws",
         "프로필 일러스트 커미션 열어요🎨 결제는 계좌이체 또는 BTC ({{p2pkh:seoyeon}}), 선입금 50%. "
         "DM 주세요."),
        ("donation", "chart_gom",
         "주간 차트 분석이 도움 되셨다면 커피 한 잔 후원 환영합니다: {{bc:gom}} ☕ 부담 갖지 마세요, "
         "계속 무료입니다."),
        ("promo", "DariBit",
         "신규 가입 이벤트: 본인인증 후 14일 이내 10만 원 이상 입금하시면 수수료 쿠폰 1만 원을 드립니다. "
         "6월 30일까지. 유의사항: [[https://daribit.kr/event/welcome]]"),
        ("promo", "DariBit",
         "🏆 6월 트레이딩 대회: 수익률 상위 50명이 20,000 USDT를 나눠 갖습니다. 최소 거래량 5,000 USDT, "
         "본인인증 계정 대상. 규정: [[https://daribit.kr/contest-june]]"),
        ("promo", "ByeolNetwork",
         "BYL 에어드랍은 5월 1일 이전 테스트넷을 사용한 지갑 대상입니다. 청구는 [[https://claim.byeol.network]]"
         "에서만 가능합니다. DM을 보내거나 토큰을 먼저 보내라고 요청하지 않습니다."),
        ("promo", "CoinInsightKR",
         "🎁 이벤트: 하드웨어 지갑 3개를 드립니다. 참여 방법은 팔로우 + 이 글 리트윗 + 친구 태그. "
         "금요일 발표. 송금이나 개인정보는 절대 요구하지 않습니다."),
        ("banter", "minsu_92",
         "포트폴리오가 3월 이후 두 배 됐는데 여전히 가난함ㅋㅋ 0.1 ETH → 0.2 ETH, 1년에 이 정도면 나쁘지 않다"),
        ("banter", "jiyeon_busan",
         "오늘 밤 롯데 경기. 동생이랑 더블 오어 낫싱 걸었음, 지는 사람이 7월 치킨 쏘기"),
        ("banter", "chart_gom",
         "BTC가 3월 이후 두 배 올랐더니 단톡방에선 벌써 다음 2배 얘기. 진정하세요, 시장은 복권이 아닙니다."),
    ],
    "zh": [
        ("news", "KejiKuaixun",
         "汽车制造商Valkor Motors的认证账号被盗约40分钟。相关帖子写道：“我们双倍返还：向下方地址发送0.1至"
         "20 BTC，即可获得双倍回报。”公司表示已恢复账号控制。[[https://kejikuaixun.cn/security/valkor]]"),
        ("news", "BiQuanKuaibao",
         "链上数据显示，Valkor Motors盗号事件中使用的地址{{bc:valkor}}在帖子删除前共收到约3.4 BTC。"),
        ("news", "XinWangNews",
         "歌手LUMINA的账号遭盗用，发布“感谢粉丝活动，转BTC即双倍奉还”的帖子及收款地址{{p2pkh:lumina}}。"
         "经纪公司称与艺人无关，提醒粉丝切勿转账。"),
        ("news", "chen_yu_security",
         "采访了假Orbix直播的受害者。“视频里CEO说‘转0.5 ETH，返1 ETH’，后来才知道是AI合成的。”"
         "一位成都的退休教师说。"),
        ("warning", "FanZhaTixing",
         "⚠️“转1 BTC返2 BTC”百分之百是诈骗。请勿向{{bc:valkor}}或任何自称“赠送活动”的地址转账。看到请举报。"),
        ("warning", "TianqiaoSupport",
         "天桥交易所绝不会要求您转入加密资产来参加活动或“解冻”提现。[[http://tianqiao-gift.live]]与我们"
         "无关。官方网站：[[https://tianqiao.exchange/security]]"),
        ("warning", "TianqiaoSupport",
         "如您误以为是我们的活动而向{{eth:tianqiaofake}}转账，请附上交易哈希联系客服。我们无法撤回链上转账，"
         "但会向警方提供全部信息。"),
        ("warning", "bitcoin_laozhang",
         "我常跟爸妈说：谁说转多少就翻倍返还，那不是送钱，是偷钱。有蓝标也一样。"),
        ("research", "lianshang_zhuizong",
         "🧵 追踪了冒充天桥交易所的假活动地址{{eth:tianqiaofake}}。1/ 三天内收到来自92个地址的14.1 ETH，"
         "返还给受害者的：零。"),
        ("research", "lianshang_zhuizong",
         "2/ 网站上滚动显示“最近获得双倍返还的交易”，但看源码只是写死在JavaScript里的固定列表，"
         "每两分钟循环一次。"),
        ("research", "dr_lin_anquan",
         "我们在5月收集的1,200个假加密赠送网站域名中，71%包含gift、event或x2。存活时间中位数为4天。"
         "报告：[[https://lin-seclab.cn/report/giveaway-2026]]"),
        ("research", "chen_yu_security",
         "套路每次都一样：深度伪造视频、二维码、“转0.1至50 ETH，30分钟内返还2倍”的文案，再加倒计时。"
         "催你快点，本身就是骗局的一部分。"),
        ("question", "wang_lei88",
         "这是真的吗？天桥的视频说往{{eth:tianqiaofake}}转0.1 ETH就返0.2 ETH，有人试过吗？"),
        ("reply", "amy_taipei",
         "@wang_lei88 這是詐騙，千萬別轉。天橋官方已經公告沒有這個活動。"),
        ("question", "liu_ayi_65",
         "有人给我发消息说我中了1 BTC，只要先付0.02 BTC手续费就能领取。这正常吗？"),
        ("reply", "bitcoin_laozhang",
         "@liu_ayi_65 不正常，刘阿姨，这是诈骗。真中奖不需要先交钱。拉黑并举报🙏"),
        ("hacked", "HaixingFC",
         "【声明】本俱乐部官方账号昨晚被盗，发布了所谓的比特币赠送活动。该内容与俱乐部无关，"
         "我们绝不会要求任何人转账加密货币。"),
        ("hacked", "mianbao_xiaowu",
         "我们的账号被盗了😞 如果看到“转ETH返双倍”之类的帖子，不是我们发的。我们是面包店，不烤币。"),
        ("hacked", "proj_yinghuo",
         "注意：我们的Discord服务器被盗，有人发布了“YINGHUO空投，先转0.05 ETH作为Gas费”。根本没有代币，"
         "以后也不会有。"),
        ("donation", "QingquanFund",
         "夏季募捐：为西部乡村学校修建20处净水设施。可通过[[https://qingquan.org/donate]]捐款，也接受"
         "加密货币：BTC {{bc:qingquan}} · ETH {{eth:qingquan}}。每月公开财务报告。"),
        ("donation", "proj_yinghuo",
         "yinghuo是两位志愿者维护的开源项目。想支持的朋友可以捐到：{{bc:yinghuo}} 每季度公开捐款用途。"),
        ("donation", "xiaomei_hua",
         "头像插画约稿开放中🎨 支持银行转账或BTC（{{p2pkh:xiaomei}}），先付一半定金。请私信。"),
        ("donation", "k_xian_mao",
         "每周的K线分析如果对你有帮助，欢迎请我喝杯咖啡：{{bc:kxianmao}} ☕ 不打赏也完全没关系，内容一直免费。"),
        ("promo", "TianqiaoEx",
         "新用户福利：完成实名认证后14天内充值满100 USDT，即可获得10 USDT手续费抵扣券。活动截至6月30日。"
         "详细条款：[[https://tianqiao.exchange/promo/welcome]]"),
        ("promo", "TianqiaoEx",
         "🏆 6月交易大赛：收益率前50名瓜分20,000 USDT奖池。最低交易量5,000 USDT，需完成实名认证。"
         "完整规则：[[https://tianqiao.exchange/contest-june]]"),
        ("promo", "XingheNetwork",
         "XHE空投面向5月1日前使用过测试网的钱包开放。只能在[[https://claim.xinghe.network]]领取。"
         "我们不会私信你，也绝不会要求你先转入任何代币。"),
        ("promo", "BiQuanKuaibao",
         "🎁 抽奖：送出3个硬件钱包！参与方式：关注+转发本帖+@一位好友。周五公布结果。我们绝不会要求付款或转币。"),
        ("banter", "wang_lei88",
         "仓位从3月到现在翻倍了，可我还是穷😂 0.1 ETH → 0.2 ETH，一年这样也不错"),
        ("banter", "amy_taipei",
         "今晚看球，跟我哥賭加倍或歸零，輸的人請整個七月的雞排。"),
        ("banter", "k_xian_mao",
         "BTC从3月以来翻了一倍，群里已经有人喊下一个2倍了。冷静点，市场不是彩票。"),
    ],
}
