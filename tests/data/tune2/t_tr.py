"""Türkçe şablonlar, doğrudan Türkçe yazıldı (slotlara ek getirmekten kaçınıldı)."""

T = {
    "a": [
        "Sakın {addr} adresine bir şey göndermeyin, yine {celeb} adına yapılan sahte çekiliş bu. İki katını geri göndereceklerini söylüyorlar, hiçbir şey göndermiyorlar.",
        "Bir paylaşım \"{amt} {coin} gönder, {amt2} {coin} geri al\" diyorsa bu dolandırıcılıktır. Her seferinde. İstisnası yok.",
        "{scamdomain} sitesinin {brand} ile hiçbir ilgisi yok. Paranızı alıp hiçbir şey göndermeyen sahte bir canlı yayın sayfası.",
        "Babam az kalsın {addr_short} adresine {amt} {coin} gönderiyordu, çünkü \"canlı yayın\" iki katını vaat ediyordu. Ailenizle bu konuyu konuşun.",
        "Hiçbir ciddi kurum cüzdanınızı rastgele bir sitede \"doğrulamanızı\" ya da \"senkronize etmenizi\" istemez. Cüzdanlar tam olarak böyle boşaltılıyor.",
        "Her uyarının altına \"şu uzmana yazın, her şeyimi geri aldı\" diye cevap yazan hesaplar aynı dolandırıcılığın parçası.",
    ],
    "a_quote": [
        "Dolandırıcılık. Kimse {coin} miktarınızı ikiye katlamaz. Hesabı şikâyet edin.",
        "Hacklenmiş hesap, sahte çekiliş. Tıklamayın, hiçbir şey göndermeyin.",
        "\"{amt} gönder, {amt2} al\" dünyanın en eski numarası.",
    ],
    "b": [
        "{victim} (@{victim_handle}) hesabı ele geçirildi: saldırganlar \"{amt} {coin} gönderin, {amt2} geri alın\" paylaşımı yaptı. Paylaşım silinmeden önce {addr} adresine {n} işlemle toplam {total} {coin} gönderildi.",
        "SON DAKİKA | {victim} hesabından {mins} dakika boyunca gönderilen {coin} miktarını ikiye katlamayı vaat eden sahte bir çekiliş paylaşıldı. Ekip hesabın hacklendiğini doğruladı.",
        "Zincir üstü verilere göre yaklaşık {n} kişi, {victim} hesabında paylaşılan {addr_short} adresine {coin} gönderdi.",
    ],
    "c": [
        "Yeni sahte çekiliş alan adları (etkisizleştirilmiş): {defanged} / {defanged2}. Aynı canlı yayın kiti, aynı kelimeler: \"x2\", \"etkinlik\", \"sınırlı süre\".",
        "Bu ay {n} sahte kripto çekiliş sitesini inceledik: {pct} başlıkta \"x2\" ya da \"event\" kullanıyordu, {pct2} ise {celeb} kılığındaydı.",
        "Flood 🧵 drainer'lar hakkında: site airdrop almak için \"cüzdanını bağla\" diyor, ardından token'larınız için sınırsız onay istiyor. Örnekler: {defanged}, {defanged2}.",
    ],
    "d": [
        "Bu gerçek mi? {scamlink} sitesinde {celeb} {coin} dağıtıyormuş, iki katını geri gönderiyormuş. Resmi görünüyor ama emin değilim",
        "Cüzdanımı \"doğrulamazsam\" askıya alınacağını söyleyen bir e-posta geldi: {scamlink}. Oltalama mı bu?",
        "Bir \"canlı etkinlik\" sayfasındaki adrese {amt} {coin} gönderdim, geri hiçbir şey gelmedi. Dolandırıldım mı? Ne yapabilirim?",
        "DM'den biri {usd} USDT kazandığımı ama önce komisyon ödemem gerektiğini söylüyor. Bu dolandırıcılık değil mi?",
    ],
    "e": [
        "Hesabımız bu sabah hacklendi. Kripto çekilişi paylaşımını dikkate almayın, o paylaşımı biz YAPMADIK. Hesaba yeniden erişim sağladık.",
        "{coin} \"çekilişini\" gören herkese: hacklendim. Hiçbir şey göndermeyin. Hesabı geri aldım, iki adımlı doğrulamayı açtım.",
        "Özür dileriz. Hesabımıza izinsiz giren biri iki katını vaat ederek {coin} isteyen paylaşımlar yaptı. Sizden asla para istemeyiz.",
    ],
    "e_other": [
        "Discord sunucumuz bir saatliğine ele geçirildi. \"Sürpriz mint\" bağlantılarını dikkate almayın, öyle bir mint yok.",
    ],
    "f": [
        "Alım satım yarışması başladı! {usd} USDT değerinde işlem kuponu ödül havuzu. Cuma gününe kadar kaydol. Koşullar: {link}",
        "Çift puan haftası: pazar gününe kadar her spot işlem iki kat sadakat puanı kazandırıyor. {link}",
        "{coin} için esnek staking: yıllık {apy} seviyesine varan getiri. Oran değişkendir. Ayrıntılar: {link}",
    ],
    "g": [
        "{org} artık {cause} için kripto bağış kabul ediyor. {coin}: {addr}. Tüm bağışlar üç aylık raporumuzda yayımlanır. Teşekkürler!",
        "{cause} için şimdiye kadar {n} bağış aldık. {coin} ile destek olmak isterseniz adresimiz: {addr}",
    ],
    "h": [
        "ÇEKİLİŞ 🎉 {prize} kazanma şansı! Katılmak için: takip et, beğen, RT yap. Sonuçlar {day} günü açıklanacak. Sizden asla ödeme istemeyiz.",
        "{n} takipçiye ulaştık! Kutlamak için {prize} hediye ediyoruz. RT + bir arkadaşını etiketle. Satın alma yok, cüzdan bağlama yok.",
    ],
    "i": [
        "{coin} halving'den beri ikiye katlandı ama hâlâ öldü diyenler var",
        "ETF girişleri devam ederse {coin} buradan 2x yapabilir. Ya da {pct} düşebilir. Piyasa bu.",
        "Bugün soğuk cüzdanıma {amt} {coin} aktardım, ücretler geçen haftanın iki katıydı.",
    ],
    "j": [
        "Konser biletleri için kardeşime {usd} TL gönderdim, yemeği de o ödediği için bana {usd2} TL geri yolladı 😂",
        "Ev arkadaşıma elektrik faturası için {usd} TL FAST ile gönderdim. İki saniye sürdü.",
    ],
    "k": [
        "Yaşadığınız durum için üzgünüz. Talep numaranızı DM'den iletirseniz inceleyeceğiz. Sizden asla kurtarma kelimelerinizi veya şifrenizi istemeyiz.",
        "Merhaba, lütfen yalnızca uygulama içi sohbeti kullanın. Yanıtlarda fonlarınızı \"kurtarmayı\" teklif edenler ekibimizden değildir.",
    ],
    "ord_person": [
        "Kahve, yağmur ve bitmeyen bir yapılacaklar listesi. Tam bir {day} klasiği.",
        "Herkesin önerdiği kitabı sonunda bitirdim. Değdi.",
        "Bu akşam ilk kez evde {food} yaptım. 10 üzerinden 7, tekrar denerim.",
        "Bugün {city} trafiği bambaşkaydı.",
        "Kedim sabah 5'te sebepsiz yere uyandırdı. Her zamanki gibi.",
        "Dün akşamki maçın sonu 😮",
        "Hafta sonu planı: hiçbir şey. Kesinlikle hiçbir şey.",
    ],
    "ord_org": [
        "Personel eğitimi nedeniyle {day} günü kapalıyız.",
        "{n} yorum için teşekkürler! Hepsini okuyoruz.",
        "Yeni bölüm yayında, bağlantı profilde.",
        "{city} konseri için son biletler.",
        "Ekibimize katılacak arkadaşlar arıyoruz!",
    ],
    "s_double": [
        "Topluluğa bir şeyler geri vermek istiyorum. Aşağıdaki adrese gönderilen tüm {coin} iki katı olarak geri gönderilecek! {amt} {coin} gönderirsen {amt2} {coin} geri gönderirim. Sadece {mins} dakika.\n\n{addr}",
        "Özel etkinlik! {addr} adresine {amt_min} ile {amt} {coin} arası gönderin, anında iki katını alın. Kontenjan sınırlı.",
        "Önümüzdeki bir saat boyunca bu adrese gönderilen her {coin} için 2x geri ödüyorum. En az {amt_min} {coin}.\n{addr}",
    ],
    "s_live": [
        "🔴 CANLI: {celeb} ile {coin} etkinliği. {usd2} {coin} dağıtılıyor. Buradan katıl: {scamlink}",
        "{brand} canlı yayın boyunca {coin} dağıtıyor! Bitmeden katıl 👉 {scamlink}",
    ],
    "s_mint": [
        "Sürpriz ücretsiz mint! Sadece ilk {n} cüzdan için. Cüzdanını bağla ve al: {scamlink}",
        "{project} airdrop'u artık alınabilir! Uygunluğunu kontrol et ve cüzdanını buradan bağla 👉 {scamlink}",
    ],
    "s_kyc": [
        "Cüzdanınız doğrulama için işaretlendi. Askıya alınmaması için 24 saat içinde doğrulayın: {scamlink}",
        "Sayın kullanıcı, eksik KYC nedeniyle hesabınız kısıtlandı. Para çekme işlemlerini açmak için doğrulamayı tamamlayın: {scamlink}",
    ],
    "s_recovery": [
        "Çok üzüldüm. Ben de dolandırılmıştım, {contact} 48 saat içinde her şeyimi geri almama yardım etti. Onlara yazın.",
        "{coin} varlığınızı hâlâ geri alabilirsiniz. {contact} ile iletişime geçin, sertifikalı kripto kurtarma uzmanları.",
    ],
    "s_drop": [
        "Önümüzdeki 24 saatte rastgele {n} kişiye {amt} {coin} gönderiyorum 🎁 Cüzdan adresinizi aşağıya bırakın 👇",
        "{coin} adresinizi yorumlara yazın, ilk {n} kişiye {amt} {coin} gönderiyorum. Sonra onay için {amt_min} gönderin 🙏",
    ],
    "s_fee": [
        "Tebrikler! Cüzdanınız {usd} USDT almak için seçildi. Çekmek için {fee} USDT işlem vergisini {addr} adresine ödeyin.",
        "{usd} USDT tutarındaki çekiminiz hazır. Önce tek seferlik {fee} USDT vergi ödenmeli. İletişim: {contact}",
    ],
    "s_testi": [
        "{celeb} etkinliğinden az önce {amt2} {coin} geldi!! Ben {amt} göndermiştim. Gerçek: {scamlink}",
        "{contact} sayesinde bir haftada {usd} TL kazandım. Hemen yazın!",
    ],
    "s_addr": ["{addr}", "{coin}: {addr}", "{addr}\nx2 🔥 acele edin!"],
    "s_uri": ["Katılmak için tara ya da dokun 👉 {uri}", "Buraya gönder, iki katını al: {uri}"],
}

LISTS = {
    "day": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
    "city": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
    "food": ["mantı", "lahmacun", "börek", "karnıyarık", "mercimek çorbası"],
    "prize": ["imzalı forma", "donanım cüzdanı", "iki konser bileti", "koleksiyondaki 5 NFT'den biri", "500 TL hediye çeki"],
    "cause": ["deprem bölgesindeki aileler", "köy okulunun onarımı", "hayvan barınağı", "aşevi"],
    "org": ["Umut Eli Derneği", "Patiler Barınağı", "Dayanışma Vakfı"],
    "exchange": ["BtcTurk", "Paribu", "Binance TR", "OKX TR"],
}

ACCOUNTS = {
    "news": [("kriptogundem_", "Kripto Gündem"), ("siber_haber", "Siber Haber")],
    "research": [("oltalama_takip", "Oltalama Takip"), ("emre_osint", "Emre | OSINT")],
    "exchange": [("btcturk_kampanya", "BtcTurk Kampanya")],
    "support": [("BtcTurkDestek", "BtcTurk Destek")],
    "charity": [("umuteli_dernegi", "Umut Eli Derneği")],
    "project": [("piksel_atolye", "Piksel Atölye")],
    "user": [("zeynep_k_", "Zeynep K."), ("burak_hodl", "Burak"), ("elif_ve_kedisi", "Elif"),
             ("mert_birikim", "Mert")],
}

FAMOUS = [
    ("selinaydinofficial", "Selin Aydın", "person", False),
    ("KaradenizSporKulubu", "Karadeniz SK", "org", False),
    ("sefmuratkaya", "Şef Murat Kaya", "person", False),
]

SCAMMERS = [
    ("btc_cekilis_resmi", "BTC Çekiliş"), ("ledger_destek_tr", "Ledger Destek"),
    ("kripto_kurtarma", "Kripto Kurtarma"), ("elon_canli_tr", "Elon Musk"),
    ("usdt_hediye_tr", "USDT Hediye 🎁"), ("ayse_yatirim_", "Ayşe ✨ yatırım"),
]
