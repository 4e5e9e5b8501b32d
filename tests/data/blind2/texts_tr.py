# Turkish texts for blind2 (hand-written)
DEC, THOU = ",", "."
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Elif", "elif"), ("Burak", "burak"), ("Zeynep", "zeynep"), ("Emre", "emre"), ("Ayşe", "ayse"),
         ("Mert", "mert"), ("Selin", "selin"), ("Can", "can"), ("Deniz", "deniz"), ("Oğuz", "oguz")]
LAST = [("Yılmaz", "yilmaz"), ("Kaya", "kaya"), ("Demir", "demir"), ("Şahin", "sahin"), ("Çelik", "celik"),
        ("Aydın", "aydin"), ("Öztürk", "ozturk"), ("Arslan", "arslan")]
ORGS = [("Kripto Gündem", "kriptogundem"), ("Dolandırıcılık Uyarı Hattı", "dolandiricilikuyari"),
        ("Blok Haber", "blokhaber")]
CITIES = ["İstanbul'da", "Ankara'da", "İzmir'de", "Dubai'de", "Bakü'de"]
HIST = [[
    "Pazar kahvaltısı olmadan hafta başlamaz. Menemen soğanlı mı soğansız mı, tartışmaya açık değil.",
    "Ne maçtı ama! Son dakikaya kadar kalbimiz ağzımızdaydı ama üç puan bizim.",
    "Blogda yeni yazı: kışın Kapadokya'da gezilecek beş yer.",
    "Hafta sonu için dizi önerisi var mı? Listemdekilerin hepsi bitti.",
    "Kitap imzasına gelen herkese çok teşekkürler. Harika bir akşamdı.",
    "Pazartesi sayım nedeniyle dükkan kapalı. Salıdan itibaren normal saatlerdeyiz.",
    "Boğaz'da gün batımı. Filtre yok, yemin ederim.",
    "Yarın sabah 9'da radyodayım, şehir planlamasını konuşacağız.",
    "Genel prova bitti. Cuma prömiyer, birkaç bilet kaldı!",
    "Kedi klavyeyi yatak ilan etti. Artık koltuktan çalışıyorum.",
    "Antrenman sonrası takım fotoğrafı. Bu çocuklar her şeyini veriyor.",
    "Podcast ocakta yeni sezonla geri dönüyor.",
    "Hızlı tarif: tavada pişi. On dakikada hazır.",
    "İlk konserimizin üzerinden tam on yıl geçti. İyi ki varsınız.",
]]

SCAM = {
    "doubling": [
        "Bugün topluluğa bir şeyler geri vermek istiyorum 🙏 Aşağıdaki adrese gönderilen her {coin} iki katı olarak geri dönecek. Sadece {mins} dakika!\n{addr}",
        "{min} {coin} gönder, iki katını al. En fazla {max} {coin}. Kampanya {mins} dakika içinde bitiyor 👉 {addr}",
        "Şaka değil: {addr} adresine gelen her {coin} için x2 iade ediyorum. Bugün onlarca kişiye ödeme yaptım bile.",
        "{company} yıl dönümü şerefine gönderdiğin tutarı %100 fazlasıyla iade ediyoruz. Minimum {min} {coin}. Cüzdan: {addr}",
        "Yılbaşı özel üç kat kampanya! {addr} adresine {coin} gönder, 20 dakika içinde üç katını al.",
    ],
    "tiers": [
        "🔥 {coin} İKİYE KATLAMA ETKİNLİĞİ 🔥\n{tiers}\nResmi adres: {addr}\nBitmesine {mins} dakika",
        "Sistem basit:\n{tiers}\n{addr} adresine gönder, ödeme otomatik.",
        "{name} çekilişinin ödeme tablosu:\n{tiers}\n{addr}",
    ],
    "paid_list": [
        "Ödemeler gönderildi ✅ Herkese teşekkürler!\n{paid}\n{mins} dakika daha açık: {addr}",
        "İnanmayanlar için kanıtlar burada 👇\n{paid}\nSıradaki tur: {addr} (en az {min} {coin})",
        "Son bir saatin onayları:\n{paid}\nSıra sende → {addr}",
    ],
    "link_event": [
        "🔴 CANLI: {name}, {company} yayınında {coin} dağıtıyor. Katılmak için: {link}",
        "{company} resmi etkinliği başladı: her katılımcı gönderdiğinin iki katını alıyor. {link}",
        "Yayındaki QR kodu okut ya da doğrudan {link} adresine girerek {name} ve {brand} çekilişine katıl.",
        "Yayını kaçırdın mı? Çekiliş sayfası {mins} dakika daha açık: {link}",
    ],
    "drainer": [
        "🪂 {project} airdrop'u başladı! {token} tokenlerini buradan al: {link}. Alınmayan tokenler {hours} saat sonra yakılacak.",
        "Alınmamış {token} ödüllerin var. Cüzdanını bağla ve süre dolmadan kontrol et: {link}",
        "İlk {n} cüzdana ücretsiz {project} mint. Sadece gas ücreti: {link}",
        "{project} geriye dönük airdrop'u için son saatler. Cüzdanını doğrula ve talep et: {link}",
    ],
    "validate": [
        "⚠️ {brand} kullanıcılarına duyuru: cuma gününe kadar doğrulanmayan cüzdanlar askıya alınacak. Hemen doğrula: {link}",
        "Ağ güncellemesi nedeniyle tüm {brand} cüzdanlarının senkronize edilmesi gerekiyor. {link} adresine girip 12 kelimelik kurtarma ifadeni gir.",
        "{brand} cüzdanının yeni sözleşmeye taşınması gerekiyor. Ücretsiz, iki dakika sürüyor: {link}",
        "Hesabında olağandışı bir hareket tespit ettik. {hours} saat içinde {link} üzerinden sahipliğini doğrula.",
    ],
    "drop_address": [
        "🎁 Takipçilerime {n} {coin} dağıtıyorum! Beğen, RT yap ve cüzdan adresini aşağıya bırak 👇 Kazananlar {feeaddr} adresine {fee} aktivasyon ücreti öder.",
        "Adresini yorumlara yaz, sana {coin} göndereyim. Önce gas için {fee} lazım, buraya at: {feeaddr}",
        "Cüzdanını yorumla 👇 İlk {n} kişiye 500 $. Ödülü açmak için {fee} doğrulama ücreti var.",
        "Bedava {coin} isteyen? Adresinle cevap ver. Aktivasyon {fee}.",
    ],
    "recovery": [
        "Çok üzüldüm. Ben çalınan {coin} varlıklarımı {handle} sayesinde geri aldım, güvenilir ve hızlılar.",
        "Aynısı kardeşimin de başına geldi. {tg} ile iletişime geç, fonları takip edip 48 saatte her şeyi geri getirdiler.",
        "Pes etme! Blokzinciri takip eden uzmanlar var. Ben WhatsApp'tan {handle} ile görüştüm: {wa}",
        "Geri alınabilir. Bu uzmanı ara ya da yaz: {phone}. 2 {coin} kaybettiğimde bana yardım etti.",
    ],
    "support": [
        "Merhaba, yaşadığınız sorun için özür dileriz. Lütfen {handle} üzerinden destek ekibimize ulaşın, sorununuzu çözelim.",
        "Üzgünüz. Bir temsilcinin size dönmesi için lütfen bu formu doldurun: {link}",
        "Merhaba, bu sorun hızlıca çözülür. {link} yardım merkezimize girip cüzdan bilgilerinizi temsilciyle paylaşın.",
        "Talebiniz üst birime iletildi. Adresinizi ve sorunu yazarak {handle} hesabına DM atın.",
    ],
    "mentor": [
        "Hâlâ tek başına trade yapıp para mı kaybediyorsun? 300'den fazla kişinin haftada %{pct} kazanmasına yardım ettim. Garantili sonuç. Yaz: {tg}",
        "500 $ ile başladım, şimdi mentorum sayesinde haftada 4.000 $ kazanıyorum. WhatsApp'ı: {wa}",
        "Özel yatırım grubuma 5 ciddi kişi arıyorum. Minimum yatırım {min} {coin}, haftalık %{pct} getiri, sıfır risk. {tg}",
        "Kriptoyla pasif gelir mi istiyorsun? Seni bizzat eğitirim. Kazanç garantili. {handle}",
    ],
}

NEG = {
    "news_quote": [
        "Bu gece birçok onaylı hesap ele geçirildi ve \"{coin} gönder, iki katını iade edeyim\" mesajlarıyla {saddr} adresini paylaşıyor. Hiçbir şey göndermeyin.",
        "Sahte {name} canlı yayınları geri döndü, bu kez {sdomain} tanıtılıyor. Önce kripto göndermenizi istiyorlar: dolandırıcılık.",
        "Emniyete göre mağdurlar, {sdomain} gibi sahte sitelerdeki çekilişlerde 2 milyon dolardan fazla kaybetti.",
        "Ele geçirilen paylaşımlardaki adresin ({saddr}) analizi: boşaltılmadan önce yaklaşık {n} giriş işlemi.",
    ],
    "warning": [
        "{brand} sizden ASLA daha fazlasını almak için kripto göndermenizi istemez. Devam eden bir çekiliş yok. {sdomain} bizim sitemiz değil.",
        "Güvenlik uyarısı: {brand} için tek resmi alan adı {odomain}. {sdomain} gibi sayfalar oltalamadır. Kurtarma ifadenizi asla girmeyin.",
        "Hatırlatma: destek ekibimiz size asla önce DM atmaz ve 12 kelimenizi asla sormaz.",
        "Dikkat ⚠️ Sahte videolar dolaşıyor: güya {name} {coin} dağıtıyor. \"1 gönder 2 al\" diyen herkes sizi soyuyor.",
    ],
    "victim_ask": [
        "Bir yayın gördüm, {name} gönderilen her {coin} miktarını ikiye katlayacağını söylüyor. Gerçek mi bu? Site {sdomain}",
        "{sdomain} güvenilir mi bilen var mı? Alınmamış {token} varmış, cüzdanı bağlamam gerekiyormuş.",
        "Çekiliş adresine 0,3 {coin} gönderdim, hiçbir şey gelmedi. Dolandırıldım mı? 😞",
    ],
    "complaint": [
        "{bhandle} çekim işlemim üç gündür beklemede ve kimse cevap vermiyor. Ne oluyor?",
        "{bhandle} güncellemeden sonra giriş yapamıyorum, {coin} bakiyem sıfır görünüyor. Yardım edin lütfen.",
        "{brand} desteği berbat. Bir haftadır açık talep var, ses yok.",
    ],
    "reply_scam": [
        "Bu dolandırıcılık. Kimse kriptonu ikiye katlamaz. Şikayet et ve engelle.",
        "Sakın göndermeyin! {name} çekiliş yapmıyor, hesap hacklenmiş.",
        "Cevaplardaki \"kurtarma uzmanları\" da dolandırıcı. Onlara para ödemeyin.",
        "{brand} resmi desteği sadece {odomain} üzerinde. Buradaki diğer her şey sahte.",
    ],
    "hacked_notice": [
        "Hesabım bugün öğleden sonra hacklendi. Kriptoyla ilgili paylaşımları dikkate almayın, ben değildim. Erişim geri alındı.",
        "Yaklaşık bir saat boyunca hesabımız ele geçirildi. O çekilişler bize AİT DEĞİL. Bir şey gönderdiyseniz borsanıza bildirin. Çok özür dileriz.",
        "Hesap geri alındı. Birisi girip kripto dolandırıcılığı paylaşmış. Kendini ben diye tanıtan kimseye para göndermeyin.",
    ],
    "donation": [
        "Barınağımız artık kripto bağış kabul ediyor! {bcoin}: {addr} Her katkı veteriner masraflarına gidiyor 🐾",
        "{project} işinize yarıyorsa ve geliştirmeye destek olmak isterseniz {bcoin} bağış adresi: {addr}. Teşekkürler!",
        "Deprem bölgesi için yardım kampanyası: {addr} ({bcoin}). Tüm hareketleri yayınlayacağız.",
    ],
    "exchange_promo": [
        "Kış bonusu: ilk yatırımına %{pct} ek işlem kredisi. Koşullar: {olink}",
        "Yeni: {brand} üzerinde ay sonuna kadar {coin} spot paritelerinde sıfır komisyon. Detaylar: {olink}",
        "Arkadaşını davet et, ilk işleminden sonra ikiniz de 20 $ değerinde {coin} kazanın. Kurallar: {olink}",
    ],
    "legit_giveaway": [
        "🎉 ÇEKİLİŞ: {n} adet {brand} donanım cüzdanı! Takip et ve RT yap, katıl. Asla ödeme istemeyiz.",
        "1 milyon kullanıcıyı kutlamak için {n} sweatshirt hediye ediyoruz. Beğen ve RT, o kadar. Kurallar: {olink}",
        "Yılbaşı çekilişi 🎁 En sevdiğin {coin} capsiyle cevap ver. {n} kazanan hediye paketi alıyor. Adres yok, DM yok.",
    ],
    "official_airdrop": [
        "{proj} topluluk airdrop'u başladı. Uygunluğunu sadece {pdomain} üzerinden kontrol et. Asla DM atmayız.",
        "{token} talebi bugün 14:00 UTC'de resmi sitemizde açılıyor: {olink}. Cevaplardaki sahte sayfalara dikkat.",
    ],
    "price_talk": [
        "{coin} yaz dibinden bu yana ikiye katlandı. Hâlâ geç mi diyorsun?",
        "{coin} işlemlerinde 2x kaldıraç benim sınırım. Ötesi kumar.",
        "Her yeni token {x}x vaat ediyor. Çoğu sıfıra gidiyor, dikkat.",
    ],
    "yield": [
        "{coin} varlıklarımı {brand} üzerinde yıllık %{apy} ile stake ediyorum. Çok değil ama mevduattan iyi.",
        "\"Garantili\" %20 ve üzeri getiri kırmızı bayraktır. Gerçek staking %{apy} civarında.",
    ],
    "release_notes": [
        "{brand} v{ver} yayında: daha hızlı senkronizasyon ve bilinen oltalama alan adları için uyarı bandı.",
        "Sürüm {ver}: artık bir işlemi imzalamadan önce simüle edebilirsiniz.",
    ],
    "conference": [
        "{city} görüşmek üzere! Kripto güvenlik zirvesi biletleri satışta, dolandırıcılık üzerine {n} konuşma. {olink}",
        "{city} düzenlenen blokzinciri haftasında sahte çekilişler ve nasıl anlaşılacağı üzerine konuşacağız.",
    ],
    "meme": [
        "ben: {coin} fiyatına bir bakıp çıkacağım\nyine ben gece 3'te: 📉📈📉",
        "\"1 {coin} gönder 2 al\" kardeşim o iş işleseydi kendime gönderirdim",
    ],
}
