# Turkish, Arabic, Japanese, Korean, Chinese (simplified) sentences. Written directly in each
# language. {slots} are filled by make_tune.py.

T = {}

T["tr"] = {
"double": [
    "Topluluğa bir şeyler geri vermek istiyorum. Aşağıdaki adrese gönderilen tüm {coin} iki katı olarak geri gönderilecek. {a1} {coin} gönderirsen {a2} {coin} alırsın. Sadece {mins} dakika geçerli.\n\n{addr}",
    "Flaş kampanya: {addr} adresine {a1} ile {max} {coin} arası gönder, anında iki katını al. Son {mins} dakika!",
    "Yeni zirveyi kutlamak için bu cüzdana {coin} gönderen ilk 500 kişiye {mult} katı iade ediliyor 👇\n{addr}",
    "Ödeme tablosu:\n{table}\nAdres: {addr}\nFon bitene kadar geçerli",
    "Şaka değil: önümüzdeki yarım saat içinde {addr} adresine gelen her {coin} iki katı olarak geri dönecek.",
    "Desteğiniz için teşekkürler! Bu adrese yapılan her {coin} transferini ikiye katlıyorum, kişi başı en fazla {max} {coin}:\n{addr}",
],
"event": [
    "🔴 CANLI: {brand} resmi çekilişi, {total} {coin} dağıtılıyor. Katılmak için 👉 {url}",
    "{brand} yıl dönümünü topluluğa {coin} dağıtarak kutluyor. Detaylar: {url}",
    "{brand} ile özel canlı yayın şu an devam ediyor. Etkinlik sayfasında {coin} miktarını ikiye katla: {url}",
],
"drainer": [
    "${tok} airdrop'u başladı! Cüzdanını bağla ve tokenlerini talep et: {url}",
    "Cüzdanınızda senkronizasyon hatası tespit edildi. Hesabınızın kilitlenmemesi için buradan doğrulayın: {url}",
    "Ücretsiz mint sadece bugün açık 🎨 cüzdanı bağla yeter: {url}",
    "Tüm kullanıcılar için KYC doğrulaması zorunlu hale geldi. 24 saat içinde tamamlamazsanız bakiyeniz dondurulacak: {url}",
],
"recovery": [
    "Aynısı bana da oldu, Telegram'daki {tg} sayesinde hepsini geri aldım. Yazın onlara.",
    "Merhaba, destek ekibiyiz. Sorununuzu çözmemiz için WhatsApp'tan {wa} numarasına yazın.",
    "Pes etme, {mail} benim USDT'lerimi iki günde geri getirdi.",
],
"dropaddr": [
    "Cüzdan adresini yorumlara bırakanlar arasında {total} {coin} dağıtıyorum 👇 takip şart",
    "Adreslerinizi aşağıya yazın, bu akşam rastgele 50 kişiye {coin} gönderiyorum.",
],
"fee": [
    "Tebrikler, {prize} {coin} kazandınız! Çekim yapabilmek için önce {fee} {coin} ağ ücretini {addr} adresine ödemeniz gerekiyor.",
    "{usd} $ tutarındaki çekiminiz onaylandı, sadece {fee} {coin} vergi ödemesi kaldı: {addr}",
],
"endorse": [
    "Gerçekten çalışıyor! {a1} gönderdim, beş dakikada {a2} geldi",
    "Onaylıyorum, iki katı geldi. Kaçırmayın!",
],
"news": [
    "Çok sayıda onaylı hesap bu öğleden sonra ele geçirildi ve 'bitcoin'ini ikiye katla' dolandırıcılığı paylaştı. {addr} adresine şimdiden transferler yapıldı.",
    "Dolandırıcılar sahte bir {brand} canlı yayını ile izleyicileri {durl} adresine yönlendiriyor. Şirket böyle bir etkinlik olmadığını açıkladı.",
    "Sahte kripto çekilişleriyle yapılan dolandırıcılıklar artıyor, emniyet uyardı.",
    "{city} merkezli 'fon kurtarma' dolandırıcılığına operasyon: iki şüpheli gözaltında.",
],
"warn": [
    "Kimse kriptonuzu ikiye katlamaz. Önce siz gönderin diyorlarsa dolandırıcılıktır.",
    "Yorumlardaki 'fon kurtarma uzmanlarına' dikkat, onlar da dolandırıcı.",
    "Ödülü almak için ücret ödemeniz gerekiyorsa ortada ödül yok demektir.",
    "Cüzdanınızı DM'den gelen bir linke asla bağlamayın.",
],
"victim": [
    "Bu gerçek mi? Onaylı bir hesap {addr} adresine gönderileni iki katı iade ettiğini söylüyor",
    "Bir saat önce bu adrese {a1} {coin} gönderdim, hiçbir şey gelmedi. Ne yapmalıyım?",
    "Sanırım dolandırıldım. Airdrop için cüzdanımı bağladım, her şey gitti.",
],
"charity": [
    "Derneğimiz artık {coin} bağışı kabul ediyor: {addr}. Tüm hareketleri sitemizde yayınlıyoruz.",
],
"promo": [
    "Bu hafta {coin} ile 100 $ ve üzeri yatırım yapanlara komisyon indirimi kuponu. Koşullar: {url}",
    "Airdrop talepleri yarın yalnızca resmi sitemizde açılıyor: {url}. Sizden asla para göndermenizi istemeyiz.",
],
"price": [
    "{coin} bu yıl ikiye katladı, hâlâ öldü diyenler var",
    "Marttan beri 2x. Satmıyorum.",
    "2021 zirvesinden aldım, sonunda başa baş 🥲",
    "Piyasa yatay, sadece izliyorum",
],
"merch": [
    "ÇEKİLİŞ 🎁 3 sweatshirt hediye! Takip et, beğen ve RT yap. Sonuçlar cuma.",
],
"hacked": [
    "Hesabımız bu sabah ele geçirildi. Kripto çekilişiyle ilgili paylaşımları dikkate almayın. Sizden asla para istemeyiz.",
    "Hesabımı geri aldım. O bitcoin ikiye katlama paylaşımı benim DEĞİLDİ. Hiçbir şey göndermeyin!",
],
"quotewarn": ["Dolandırıcılık. Hiçbir şey göndermeyin.", "Hesap hacklenmiş, şikayet edin."],
"naive": ["tamamdır ✅ {addr}", "{addr} teşekkürler!!"],
"chatter": [
    "Nihayet cuma!",
    "Maçı izleyen var mı? Çok gerildim.",
    "Pazar kahvaltısı gibisi yok.",
    "Trafik yine felç, eve ne zaman varırım bilmiyorum.",
    "Dün akşam konsere gelen herkese teşekkürler, harikaydınız ❤️",
    "Diziyi bitirdim, finali konuşacak birine ihtiyacım var.",
    "Yarın sabah 7'den itibaren taze simit var, bekleriz.",
    "Yağmur yağıyor ve şemsiyem yok. Her zamanki gibi.",
    "Tatil için kitap önerisi olan?",
    "Bugün 10 km koştum, hâlâ hayattayım.",
    "Podcast'in yeni bölümü yayında! Uyku ve telefon bağımlılığını konuştuk.",
    "İyi ki doğdun kardeşim ❤️",
    "Hafta sonu için eleman arıyoruz, DM'den yazın.",
    "Bugünkü gün batımı muhteşemdi.",
    "Gitar öğreniyorum, komşular benden nefret ediyor.",
    "Hafta sonu {city}'da olanlar uğrasın!",
    "Pazartesi sabahı, çay şart.",
],
}

T["ar"] = {
"double": [
    "أريد أن أرد الجميل لمتابعيني. كل {coin} يُرسل إلى العنوان أدناه سيُعاد إليكم مضاعفًا. أرسل {a1} {coin} واستلم {a2} {coin}. العرض لمدة {mins} دقيقة فقط.\n\n{addr}",
    "عرض سريع: حوّل ما بين {a1} و{max} {coin} إلى {addr} واحصل على الضعف فورًا. باقي {mins} دقيقة!",
    "احتفالًا بالقمة التاريخية الجديدة، أول 500 شخص يرسلون {coin} إلى هذه المحفظة سيحصلون على {mult} أضعاف المبلغ 👇\n{addr}",
    "جدول الأرباح:\n{table}\nالعنوان: {addr}\nحتى نفاد الرصيد",
    "ليست مزحة: أي {coin} يصل إلى {addr} خلال نصف الساعة القادمة سيعود إليك مضاعفًا.",
    "شكرًا لدعمكم المستمر! سأضاعف كل تحويل {coin} إلى هذا العنوان، بحد أقصى {max} {coin} للشخص:\n{addr}",
],
"event": [
    "🔴 بث مباشر: السحب الرسمي من {brand} بقيمة {total} {coin}. شارك من هنا 👈 {url}",
    "{brand} تحتفل بذكرى تأسيسها وتوزع {coin} على المجتمع. التفاصيل على {url}",
    "بث خاص الآن مع {brand}. ضاعف عملاتك من {coin} عبر صفحة الحدث: {url}",
],
"drainer": [
    "الإيردروب الخاص بـ ${tok} متاح الآن! اربط محفظتك واستلم رموزك: {url}",
    "تم اكتشاف خطأ في مزامنة محفظتك. يرجى التحقق منها هنا لتجنب التجميد: {url}",
    "سك مجاني لفترة محدودة 🎨 اربط المحفظة فقط: {url}",
    "التحقق من الهوية KYC أصبح إلزاميًا لجميع المستخدمين. أكمله خلال 24 ساعة وإلا سيتم تجميد أموالك: {url}",
],
"recovery": [
    "حصل معي نفس الشيء واسترجعت كل أموالي عن طريق {tg} على تيليجرام. تواصل معهم.",
    "مرحبًا، معك فريق الدعم. راسلنا على واتساب {wa} وسنحل مشكلتك.",
    "لا تيأس، {mail} استرجعوا لي عملات USDT خلال يومين.",
],
"dropaddr": [
    "سأوزع {total} {coin} على من يضع عنوان محفظته في الردود 👇 المتابعة شرط",
    "اكتبوا عناوين محافظكم تحت، الليلة سأرسل {coin} لخمسين شخصًا عشوائيًا.",
],
"fee": [
    "مبروك، لقد ربحت {prize} {coin}! لسحب الجائزة يجب أولًا دفع رسوم الشبكة {fee} {coin} إلى العنوان {addr}.",
    "تمت الموافقة على سحب {usd} دولار، يتبقى فقط دفع ضريبة {fee} {coin}: {addr}",
],
"endorse": [
    "والله شغال! أرسلت {a1} ورجعلي {a2} خلال خمس دقائق",
    "أؤكد لكم، استلمت الضعف. أسرعوا قبل انتهاء العرض",
],
"news": [
    "اختراق عدة حسابات موثقة ونشر عملية احتيال تَعِد بمضاعفة البيتكوين. العنوان {addr} تلقى بالفعل تحويلات من الضحايا.",
    "محتالون ينتحلون صفة {brand} عبر بث مباشر مزيف يحيل المشاهدين إلى الموقع {durl}. الشركة تنفي وجود أي مسابقة.",
    "تحذير من تزايد عمليات الاحتيال عبر مسابقات العملات الرقمية الوهمية على مواقع التواصل.",
    "القبض على شخصين في {city} بتهمة الاحتيال على ضحايا العملات الرقمية بحجة «استرداد الأموال».",
],
"warn": [
    "لا أحد سيضاعف عملاتك الرقمية. إذا طُلب منك أن ترسل أولًا فهي عملية احتيال.",
    "احذروا ممن يدّعون أنهم «خبراء استرداد أموال» في الردود، هم محتالون أيضًا.",
    "إذا كان عليك دفع رسوم لاستلام جائزة، فلا توجد جائزة أصلًا.",
    "لا تربط محفظتك أبدًا برابط وصلك في رسالة خاصة.",
],
"victim": [
    "هل هذا حقيقي؟ حساب موثق يقول إنه يعيد ضعف ما يُرسل إلى {addr}",
    "أرسلت {a1} {coin} إلى هذا العنوان قبل ساعة ولم يصلني شيء. ماذا أفعل؟",
    "أظن أنني تعرضت للاحتيال. ربطت محفظتي بإيردروب فسُحب كل ما فيها.",
],
"charity": [
    "جمعيتنا تقبل الآن التبرعات بعملة {coin}: {addr}. ننشر كل الحركات على موقعنا. شكرًا لكم.",
],
"promo": [
    "هذا الأسبوع، كل إيداع بقيمة 100 دولار أو أكثر بعملة {coin} يحصل على قسيمة خصم على الرسوم. الشروط: {url}",
    "المطالبة بالإيردروب تبدأ غدًا عبر موقعنا الرسمي فقط {url}. لن نطلب منكم أبدًا إرسال أي أموال.",
],
"price": [
    "{coin} تضاعف هذه السنة وما زال البعض يقول إنه انتهى",
    "الضعف منذ مارس. لن أبيع.",
    "اشتريت في قمة 2021 وأخيرًا رجعت لرأس المال 🥲",
    "السوق عرضي، أكتفي بالمراقبة",
],
"merch": [
    "مسابقة 🎁 سنهدي 3 هوديز! تابع، أعجب وأعد التغريد. السحب يوم الجمعة.",
],
"hacked": [
    "تم اختراق حسابنا صباح اليوم. يرجى تجاهل أي منشور عن مسابقات العملات الرقمية. لن نطلب منكم المال أبدًا.",
    "استعدت حسابي. منشور مضاعفة البيتكوين لم يكن مني. لا ترسلوا أي شيء!",
],
"quotewarn": ["احتيال. لا ترسلوا شيئًا.", "الحساب مخترق، بلّغوا عنه."],
"naive": ["تم ✅ {addr}", "{addr} شكرًا!!"],
"chatter": [
    "جمعة مباركة على الجميع",
    "أحد يتابع المباراة؟ أعصابي تعبت.",
    "فطور العائلة يوم الجمعة ما يتعوض.",
    "الزحمة اليوم ما لها حل.",
    "شكرًا لكل من حضر الحفل أمس، كنتم رائعين ❤️",
    "خلصت المسلسل وأحتاج أحد أتكلم معه عن النهاية.",
    "بكرة من الساعة 7 صباحًا معجنات طازجة، بانتظاركم.",
    "الجو ممطر ونسيت المظلة كالعادة.",
    "اقترحوا علي كتب للإجازة؟",
    "ركضت اليوم 10 كم وما زلت على قيد الحياة.",
    "حلقة جديدة من البودكاست متوفرة الآن، تكلمنا عن النوم والجوالات.",
    "كل عام وأختي بخير ❤️",
    "نبحث عن موظفين لعطلة نهاية الأسبوع، راسلونا على الخاص.",
    "غروب الشمس اليوم على البحر كان خياليًا.",
    "أتعلم العزف على العود والجيران يكرهونني.",
    "اللي في {city} نهاية الأسبوع، مرّوا علينا!",
    "قهوة الصباح أولًا، وبعدها كل شيء.",
],
}

T["ja"] = {
"double": [
    "いつも応援してくれている皆さんへの恩返しです。下のアドレスに送られた{coin}はすべて2倍にしてお返しします。{a1} {coin}送れば{a2} {coin}が戻ってきます。{mins}分間限定です。\n\n{addr}",
    "【緊急企画】{addr} に{a1}〜{max} {coin}を送金すると即座に2倍で返金！残り{mins}分です",
    "最高値更新を記念して、このウォレットに{coin}を送った先着500名に{mult}倍で還元します👇\n{addr}",
    "還元表\n{table}\nアドレス：{addr}\n原資がなくなり次第終了",
    "冗談じゃないです。これから30分以内に {addr} に届いた{coin}は全部倍にして返します。",
    "フォロワー限定の還元企画です。送金は1人{max} {coin}までで、届いた額の{mult}倍を同じアドレスにお送りします。\n{addr}",
],
"event": [
    "🔴 ライブ配信中：{brand}公式プレゼント企画、総額{total} {coin}を配布中。参加はこちら👉 {url}",
    "{brand}の周年記念として{coin}をコミュニティに還元します。詳細は {url}",
    "{brand}の特別ライブ配信が始まりました。イベントページで{coin}を倍にしよう：{url}",
],
"drainer": [
    "${tok}のエアドロップ受け取り開始！ウォレットを接続してトークンを請求してください：{url}",
    "お使いのウォレットで同期エラーが検出されました。凍結を避けるためこちらから認証してください：{url}",
    "本日限定のフリーミント🎨 ウォレットをつなぐだけ：{url}",
    "全ユーザーに本人確認（KYC）が義務化されました。24時間以内に完了しない場合、資産が凍結されます：{url}",
],
"recovery": [
    "私も同じ被害に遭いましたが、Telegramの{tg}さんのおかげで全額戻ってきました。連絡してみてください。",
    "サポートチームです。WhatsApp（{wa}）までご連絡いただければ対応いたします。",
    "諦めないでください。{mail} に相談したら2日でUSDTが返ってきました。",
],
"dropaddr": [
    "リプ欄にウォレットアドレスを書いてくれた人の中から{total} {coin}をプレゼント🎁 フォロー必須です",
    "アドレス下に貼っといて〜今夜ランダムで50人に{coin}送ります",
],
"fee": [
    "おめでとうございます！{prize} {coin}が当選しました。出金には先にネットワーク手数料{fee} {coin}を {addr} へお支払いください。",
    "{usd}ドルの出金が承認されました。あとは税金{fee} {coin}のお支払いのみです：{addr}",
],
"endorse": [
    "マジで本物でした！{a1}送ったら5分で{a2}返ってきた",
    "確認しました、ちゃんと2倍で届きました。急いで！",
],
"news": [
    "複数の認証済みアカウントが乗っ取られ、「ビットコインを倍にして返す」とする詐欺投稿が相次いだ。アドレス {addr} にはすでに送金が確認されている。",
    "{brand}を装った偽のライブ配信が拡散、誘導先は {durl}。同社はそのような企画はないとしている。",
    "SNS上の暗号資産プレゼント詐欺が増加、警察が注意呼びかけ",
    "「被害金を取り戻す」と持ちかけ手数料をだまし取った疑いで、{city}の男2人を逮捕",
],
"warn": [
    "暗号資産を倍にして返してくれる人なんていません。先に送れと言われたら詐欺です。",
    "リプ欄の「資金回収の専門家」も詐欺師です。着手金を取られて終わります。",
    "当選金の受け取りに手数料が必要なら、それは当選ではありません。",
    "DMで届いたリンクにウォレットを接続しないでください。",
],
"victim": [
    "これ本物？認証済みのアカウントが {addr} に送ったら倍返しするって言ってる",
    "1時間前にこのアドレスに{a1} {coin}送ったけど何も返ってこない。どうすればいい？",
    "やられたかもしれない。エアドロップのためにウォレットつないだら全部抜かれた。",
],
"charity": [
    "当団体では{coin}での寄付も受け付けています：{addr}　入出金はすべてサイトで公開しています。",
],
"dev": [
    "テスト用にはテストネットのアドレス {tb} を使ってください。本番のコインは送らないこと。",
],
"promo": [
    "今週は{coin}で100ドル以上入金された方に取引手数料の割引クーポンをプレゼント。詳細：{url}",
    "エアドロップの受け取りは明日から公式サイト {url} のみで開始します。送金をお願いすることは絶対にありません。",
],
"price": [
    "{coin}今年2倍になったのにまだオワコン扱いされてて草",
    "3月から2倍。売らない。",
    "2021年の天井で買って、やっと同値撤退ライン 🥲",
    "レンジ相場すぎて見てるだけ",
],
"merch": [
    "🎁プレゼント企画🎁 オリジナルパーカーを3名様に！フォロー＆RTで応募完了。金曜に抽選します。",
],
"hacked": [
    "本日午前、当アカウントが不正アクセスを受けました。暗号資産のプレゼントに関する投稿はすべて無視してください。金銭を求めることはありません。",
    "アカウント取り戻しました。ビットコイン倍返しの投稿は私ではありません。絶対に送金しないでください！",
],
"quotewarn": ["詐欺です。送金しないで。", "乗っ取られてます、通報を。"],
"naive": ["完了しました✅ {addr}", "{addr} よろしくお願いします！"],
"chatter": [
    "やっと金曜日！",
    "試合見てる人いる？心臓に悪い",
    "今日のお昼は近所の定食屋さん。唐揚げ最高",
    "電車また遅延してる…",
    "昨日のライブに来てくれた皆さん、本当にありがとうございました❤️",
    "ドラマ見終わった。最終回について誰かと語りたい",
    "明日は朝7時から焼きたてパンあります。お待ちしてます",
    "雨なのに傘忘れた。いつものこと",
    "連休に読む本のおすすめ教えてください",
    "今日は10km走った。えらい",
    "ラジオの新しい回が公開されました！今回は睡眠とスマホの話",
    "妹、誕生日おめでとう❤️",
    "週末のアルバイトさん募集中です。DMください",
    "今日の夕焼けきれいすぎた",
    "ギター練習中。近所迷惑になってないといいな",
    "週末{city}にいる方、ぜひ遊びに来てください！",
    "月曜の朝はとりあえずコーヒー",
    "桜のつぼみがふくらんできた",
],
}

T["ko"] = {
"double": [
    "그동안 응원해주신 분들께 보답하고 싶습니다. 아래 주소로 보내주신 {coin}은 모두 두 배로 돌려드립니다. {a1} {coin} 보내시면 {a2} {coin} 돌려드려요. {mins}분 동안만 진행합니다.\n\n{addr}",
    "긴급 이벤트: {addr} 로 {a1}~{max} {coin} 보내시면 즉시 2배 지급! 남은 시간 {mins}분",
    "신고가 기념으로 이 지갑에 {coin} 보내신 선착순 500분께 {mult}배로 돌려드립니다 👇\n{addr}",
    "지급표\n{table}\n주소: {addr}\n물량 소진 시 종료",
    "농담 아닙니다. 앞으로 30분 안에 {addr} 로 들어오는 {coin}은 전부 두 배로 보내드립니다.",
    "팔로워분들만을 위한 이벤트예요. 1인당 최대 {max} {coin}까지, 보내신 금액의 {mult}배를 같은 주소로 보내드립니다.\n{addr}",
],
"event": [
    "🔴 라이브 중: {brand} 공식 에어드랍 이벤트, 총 {total} {coin} 지급. 참여하기 👉 {url}",
    "{brand} 창립 기념으로 커뮤니티에 {coin}을 나눠드립니다. 자세한 내용은 {url}",
    "{brand} 특별 라이브 방송 진행 중! 이벤트 페이지에서 {coin} 두 배 받으세요: {url}",
],
"drainer": [
    "${tok} 에어드랍 클레임 오픈! 지갑 연결하고 토큰 받아가세요: {url}",
    "고객님의 지갑에서 동기화 오류가 감지되었습니다. 동결을 피하려면 여기서 인증해 주세요: {url}",
    "오늘만 무료 민팅 🎨 지갑만 연결하면 끝: {url}",
    "모든 이용자 대상 KYC 인증이 의무화되었습니다. 24시간 내 미완료 시 자산이 동결됩니다: {url}",
],
"recovery": [
    "저도 똑같이 당했는데 텔레그램 {tg} 통해서 전부 돌려받았어요. 연락해 보세요.",
    "안녕하세요, 고객지원팀입니다. 왓츠앱 {wa} 로 연락 주시면 처리해 드리겠습니다.",
    "포기하지 마세요. {mail} 덕분에 이틀 만에 USDT 찾았습니다.",
],
"dropaddr": [
    "댓글에 지갑 주소 남겨주신 분들 중 추첨해서 {total} {coin} 드립니다 👇 팔로우 필수",
    "주소 밑에 남겨주세요~ 오늘 밤 랜덤으로 50명한테 {coin} 보냅니다",
],
"fee": [
    "축하합니다! {prize} {coin}에 당첨되셨습니다. 출금하시려면 먼저 네트워크 수수료 {fee} {coin}을 {addr} 로 보내주세요.",
    "{usd}달러 출금이 승인되었습니다. 세금 {fee} {coin}만 납부하시면 됩니다: {addr}",
],
"endorse": [
    "진짜 되네요! {a1} 보냈더니 5분 만에 {a2} 들어옴",
    "인증합니다, 두 배로 받았어요. 빨리 하세요!",
],
"news": [
    "인증 계정 여러 개가 해킹돼 '비트코인 두 배 지급' 사기 글이 잇따라 올라왔다. 주소 {addr}로 이미 송금이 이뤄진 것으로 확인됐다.",
    "{brand}를 사칭한 가짜 라이브 방송이 퍼지고 있다. 연결된 사이트는 {durl}. 회사 측은 그런 이벤트가 없다고 밝혔다.",
    "SNS 가상자산 경품 사기 급증…경찰 주의 당부",
    "'피해금 회수해 주겠다'며 수수료 가로챈 일당 {city}에서 검거",
],
"warn": [
    "코인을 두 배로 불려주는 사람은 없습니다. 먼저 보내라고 하면 100% 사기예요.",
    "댓글에 나타나는 '자금 회수 전문가'도 사기꾼입니다. 착수금만 받고 사라져요.",
    "당첨금을 받으려면 수수료를 내라고요? 그건 당첨이 아닙니다.",
    "DM으로 온 링크에 지갑 연결하지 마세요.",
],
"victim": [
    "이거 진짜예요? 인증 계정이 {addr} 로 보내면 두 배로 돌려준대요",
    "한 시간 전에 이 주소로 {a1} {coin} 보냈는데 아무것도 안 와요. 어떡하죠?",
    "당한 것 같아요. 에어드랍 받으려고 지갑 연결했더니 다 털렸어요.",
],
"charity": [
    "저희 단체는 {coin} 후원도 받고 있습니다: {addr} 모든 내역은 홈페이지에 공개합니다.",
],
"promo": [
    "이번 주 {coin}로 100달러 이상 입금하시면 거래 수수료 할인 쿠폰을 드립니다. 자세히: {url}",
    "에어드랍 수령은 내일부터 공식 사이트 {url} 에서만 가능합니다. 저희는 절대 송금을 요구하지 않습니다.",
],
"price": [
    "{coin} 올해 두 배 됐는데 아직도 끝났다는 사람 있음ㅋㅋ",
    "3월부터 2배. 안 팝니다.",
    "2021년 고점에 물렸다가 드디어 본전 🥲",
    "횡보장이라 그냥 구경만 하는 중",
],
"merch": [
    "🎁 이벤트 🎁 굿즈 후드티 3분께 드려요! 팔로우 + 리트윗이면 응모 끝. 금요일 추첨합니다.",
],
"hacked": [
    "오늘 오전 저희 계정이 해킹당했습니다. 가상자산 이벤트 관련 게시물은 모두 무시해 주세요. 저희는 절대 돈을 요구하지 않습니다.",
    "계정 되찾았습니다. 비트코인 두 배 글은 제가 쓴 게 아니에요. 절대 보내지 마세요!",
],
"quotewarn": ["사기입니다. 보내지 마세요.", "해킹당한 계정이에요, 신고해 주세요."],
"naive": ["완료했습니다✅ {addr}", "{addr} 감사합니다!"],
"chatter": [
    "드디어 금요일!",
    "경기 보는 사람? 심장 떨려요",
    "오늘 점심은 김치찌개. 역시 최고",
    "지하철 또 지연… 월요일 실화냐",
    "어제 공연 와주신 분들 정말 감사합니다❤️",
    "드라마 정주행 끝. 결말 얘기할 사람 구해요",
    "내일 아침 7시부터 갓 구운 빵 나옵니다. 놀러 오세요",
    "비 오는데 우산 놓고 나옴. 늘 그렇듯",
    "휴가 때 읽을 책 추천해 주세요",
    "오늘 10km 뛰었다. 뿌듯",
    "팟캐스트 새 에피소드 올라왔어요! 이번엔 수면이랑 스마트폰 이야기",
    "동생아 생일 축하해❤️",
    "주말 아르바이트 구합니다. DM 주세요",
    "오늘 노을 진짜 예뻤다",
    "기타 배우는 중인데 이웃들한테 미안함",
    "이번 주말 {city} 계신 분들 놀러 오세요!",
    "월요일 아침엔 아아 필수",
    "벚꽃 필 날만 기다리는 중",
],
}

T["zh"] = {
"double": [
    "感谢大家一直以来的支持，回馈社区！所有发送到下方地址的{coin}都将双倍返还。转{a1} {coin}，返{a2} {coin}。仅限{mins}分钟。\n\n{addr}",
    "限时活动：向 {addr} 转入{a1}至{max}个{coin}，立即双倍返还！还剩{mins}分钟",
    "庆祝创历史新高，前500名向该钱包转入{coin}的用户可获得{mult}倍返还 👇\n{addr}",
    "返还表\n{table}\n地址：{addr}\n送完即止",
    "不是开玩笑：接下来半小时内打到 {addr} 的每一个{coin}都会翻倍退回。",
    "粉丝专属福利：每人最多{max}个{coin}，转多少返{mult}倍，原路退回到你的地址。\n{addr}",
],
"event": [
    "🔴 直播中：{brand}官方赠送活动，共{total}个{coin}。点击参与 👉 {url}",
    "{brand}周年庆，向社区空投{coin}，详情见 {url}",
    "{brand}特别直播正在进行，在活动页面让你的{coin}翻倍：{url}",
],
"drainer": [
    "${tok}空投开放领取！连接钱包即可领取代币：{url}",
    "检测到您的钱包存在同步异常，请立即在此验证以免被冻结：{url}",
    "今日限定免费mint 🎨 连接钱包即可：{url}",
    "所有用户必须完成KYC认证，24小时内未完成将冻结资产：{url}",
],
"recovery": [
    "我也遇到过一模一样的情况，通过电报上的{tg}全部追回了，可以联系他们。",
    "您好，这里是客服团队。请通过WhatsApp {wa} 联系我们，我们帮您处理。",
    "别放弃，{mail} 两天就帮我追回了USDT。",
],
"dropaddr": [
    "在评论区留下钱包地址，抽人送{total}个{coin} 👇 需要关注",
    "把地址留在下面，今晚随机给50个人转{coin}",
],
"fee": [
    "恭喜您获得{prize}个{coin}！提现前需先向 {addr} 支付{fee}个{coin}的网络手续费。",
    "您的{usd}美元提现已通过审核，只需缴纳{fee}个{coin}的税费：{addr}",
],
"endorse": [
    "真的有效！转了{a1}，五分钟后收到{a2}",
    "确认到账，翻倍了。抓紧时间！",
],
"news": [
    "多个认证账号遭盗用，发布“比特币双倍返还”诈骗信息，地址 {addr} 已收到受害者转账。",
    "诈骗者冒充{brand}进行虚假直播，引导观众访问 {durl}。该公司表示从未举办此类活动。",
    "警方提醒：社交平台上的加密货币“赠送”骗局持续增多",
    "以“帮忙追回被骗资金”为名收取费用，{city}警方抓获两名嫌疑人",
],
"warn": [
    "没有人会把你的币翻倍。让你先转账的，一律是骗子。",
    "评论区那些“资金追回专家”也是骗子，收了定金就消失。",
    "领奖还要先交手续费？那根本没有奖。",
    "私信发来的链接千万别连接钱包。",
],
"victim": [
    "这是真的吗？一个认证账号说往 {addr} 转多少就返双倍",
    "一小时前往这个地址转了{a1}个{coin}，什么都没返回来。怎么办？",
    "好像被骗了。为了领空投连了钱包，结果全被转走了。",
],
"charity": [
    "本公益机构现已接受{coin}捐赠：{addr}　每一笔收支都会在官网公示。",
],
"dev": [
    "测试请使用测试网地址 {tb}，不要往里转主网资产。",
],
"promo": [
    "本周用{coin}充值满100美元即送手续费折扣券，详情：{url}",
    "空投领取将于明天在官网 {url} 开放，我们绝不会要求您转账。",
],
"price": [
    "{coin}今年翻了一倍，还有人说它凉了",
    "三月以来翻倍，不卖。",
    "2021年高点站岗，终于回本了 🥲",
    "横盘太久了，先观望",
],
"merch": [
    "🎁抽奖🎁 送出3件周边卫衣！关注+转发即可参与，周五开奖。",
],
"hacked": [
    "本账号今天上午被盗，请忽略所有关于加密货币赠送的内容。我们绝不会向大家要钱。",
    "账号已经找回来了。那条比特币翻倍的帖子不是我发的，千万别转账！",
],
"quotewarn": ["骗局，别转账。", "号被盗了，大家举报一下。"],
"naive": ["已完成✅ {addr}", "{addr} 谢谢！"],
"chatter": [
    "终于周五了！",
    "有人在看比赛吗？太紧张了",
    "今天中午吃了楼下的牛肉面，绝了",
    "地铁又晚点了……",
    "感谢昨晚来看演出的每一位朋友❤️",
    "剧追完了，结局谁来跟我聊聊",
    "明早7点新鲜面包出炉，欢迎来店",
    "下雨又忘带伞，老样子",
    "求推荐假期读的书",
    "今天跑了10公里，给自己点个赞",
    "播客新一期上线啦，这次聊睡眠和手机",
    "妹妹生日快乐❤️",
    "周末招兼职店员，欢迎私信",
    "今天的晚霞太美了",
    "在学吉他，希望邻居别嫌吵",
    "周末在{city}的朋友欢迎来玩！",
    "周一早上先来杯咖啡",
    "樱花快开了",
],
}
