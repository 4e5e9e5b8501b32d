# Türkçe.
ORGS = [("Blokzincir Gündem", "news"), ("Kripto Muhabiri", "journalist"), ("Valtora Türkiye", "exchange"),
        ("Serapa Borsa", "exchange"), ("Dijital Kalkan Güvenlik", "security"), ("Siber Suçlarla Mücadele Şube", "police"),
        ("Brisa DAO", "project"), ("Eller Birlikte Derneği", "charity")]
FIRST = ["Emre", "Zeynep", "Burak", "Elif", "Mert", "Ayşe", "Can"]
LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"]
SUPPORT_NAME = "{b} Destek Türkiye"
MENTORS = ["Selin Aksoy | Kripto Mentor", "Kerem Yıldız Yatırım", "Derya 💎 Finansal Özgürlük"]
HIJ_C = ["Onur Ateş Teknik Analiz", "Defne Koç NFT Sanat"]
HIJ_N = ["Lezzet Durağı Mutfak", "Karşıyaka Gençlik Spor"]

SCAM = [
    ("double", "{BRAND} yıldönümüne özel: gönderdiğiniz her {COIN} iki katı olarak geri dönüyor! En az {MIN}, en fazla {MAX} {COIN}.\n{ADDR}"),
    ("double", "Takipçilerime teşekkür etmek istiyorum. Önümüzdeki bir saat {ADDR} adresine gelen her transferi 2 katı iade edeceğim."),
    ("double", "CANLI YAYIN: {CELEB} 🔴 Yayındaki QR kodu okut, {COIN} gönder, 2 katını al: {LIVE}"),
    ("double", "Cüzdandan tek tıkla katıl, iade otomatik x2: {URI}"),
    ("double", "Ödemeler yapılıyor, kendiniz kontrol edin 👉 {EXPL}\nKatılmak isteyen aynı adrese {COIN} göndersin."),
    ("double", "{BRAND} kripto etkinliği başladı, katılım için son saatler: {URL}"),
    ("double", "arkadaşlar sürpriz 🎁 ne gönderirseniz ikiye katlıyorum, sadece 2 saat {URL}"),
    ("double", "{X} {COIN} gönder, {X2} {COIN} al. Bu kadar basit, son kontenjan\n{ADDR}"),
    ("presale", "{CELEB} destekli $ROKET ön satışı başladı. 1 hafta sonra listeleme, hedef 50x. Sadece whitelist cüzdanlar: {PRE}"),
    ("drainer", "${TOKEN} airdrop hakkınız tanımlandı 🪂 Cüzdanını bağla ve {HOURS} saat içinde talep et, yoksa yakılacak: {DRAIN}"),
    ("drainer", "{DBRAND} sahiplerine ücretsiz mint, sadece gas ödüyorsun. Acele et: {DRAIN}"),
    ("drainer", "${TOKEN} 2. tur uygunluğunu kontrol et. Bugün imzalamayan payını kaybeder. {DRAIN}"),
    ("drop", "{N} takipçiye {X} {COIN} dağıtıyoruz! {COIN} adresini yoruma bırak ve RT yap. Sonuçlar {HOURS} saat sonra"),
    ("fee", "Tebrikler, kazananlar arasındasınız! Ödülün çekilebilmesi için {FEE} {COIN} ağ aktivasyon ücretini {ADDR} adresine gönderin."),
    ("support", "{USER} Merhaba, cüzdanınızdaki sorun için üzgünüz. Senkronizasyon için güvenli formu doldurun: {SUP}"),
    ("support", "{USER} Düğüm doğrulama hatası gibi görünüyor. Teknik ekibimiz Telegram'da yardımcı olur: {TG}. Bilgileri burada paylaşmayın."),
    ("recovery", "Sahte platformda paranızı mı kaybettiniz? Geri alıyoruz! Sertifikalı blokzincir dedektifleri, ödeme sadece başarıda: {REC}"),
    ("tax", "{X} {COIN} çekim talebiniz onaylandı ancak bloke edildi. Yeni düzenleme gereği önce {PCT} vergi ödenmesi gerekiyor. Ödeme adresi: {ADDR}"),
    ("tax", "🏆 Tebrikler! {BRAND} yıldönümü çekilişinde {X} {COIN} kazandınız. 24 saat içinde {FEE} {COIN} işlem ücretini {ADDR} adresine yatırın."),
    ("mentor", "Bir yıl önce kuryeydim, şimdi trading ile geçiniyorum. 5 yeni öğrenci alıyorum, tecrübe gerekmez. WhatsApp: {WA}"),
    ("mentor", "Merhaba, rahatsız ettim kusura bakmayın, ciddi birine benziyorsunuz. {COIN} ile kazanç ilginizi çeker mi? Amcam analist 🌷"),
    ("testimonial", "{TG} ekibine sonsuz teşekkürler, çalınan USDT'lerimi 6 ay sonra geri aldılar! Herkese tavsiye ederim 🙏"),
    ("testimonial", "Selin Hanım'ın sinyalleriyle bir haftada 95.000 TL kazandım. İletişim isteyen: {PHONE}"),
]

BENIGN = [
    ("news", "Dolandırıcılar bu sabah birkaç onaylı hesabı ele geçirip sahte bir '{COIN} ikiye katlama' paylaştı. {ADDR} adresine yaklaşık {SMALL} transfer gitti. {NEWSURL}"),
    ("news", "{DBRAND} taklidi sahte airdrop siteleri cüzdanları boşalttı. Dolandırıcı alan adı: {DEFDOM}"),
    ("police", "Uyarı: Kimse kriptonuzu ikiye katlamaz. 'Gönder, iki katını al' mesajları dolandırıcılıktır. Başvururken {CASE} numarasını belirtin."),
    ("warning", "{EX} hatırlatması: Size asla ilk biz DM atmayız, kurtarma kelimelerinizi istemeyiz, harici sitede 'cüzdan doğrulama' diye bir şey yoktur."),
    ("warning", "Dikkat: sahte bir {SUPB} destek hesabı, takılan işlemlerden şikayet edenlere yanıt veriyor. Gerçek destek kurtarma ifadesi istemez."),
    ("victim", "bu gerçek mi?? takip ettiğim bir hesap şunu paylaştı: \"{PASTE}\""),
    ("relative", "Babama, bitcoin gönderirse iki katını alacağını söyleyen Elon videosunun dolandırıcılık olduğunu nasıl anlatırım? 'Canlı yayın ama' diyor."),
    ("joke", "bana 1 BTC gönder, 2 BTC geri vereyim*\n\n*balık kavağa çıkınca"),
    ("joke", "portföyüm zaten ikiye katlama dolandırıcılığının tersini bedavaya yapıyor"),
    ("donation", "Deprem bölgesi yardım kampanyamız artık kripto bağış kabul ediyor. Bitcoin: {BTC}\nEthereum: {ETH}\nTüm bağışlar aylık raporda."),
    ("promo", "{EX} Trading Haftası: pazara kadar {TICK} paritelerinde sıfır maker komisyonu ve ilk 50'ye {N} USDT ödül havuzu. Koşullar: {EXURL}"),
    ("airdrop", "{PROJ} topluluk airdrop'u başladı. Uygunluğu SADECE resmi sitemizden kontrol edin: {PURL}. DM ile link göndermiyoruz."),
    ("whitelist", "{PROJ} allowlist'ine topluluktan 100 kişi ekliyoruz 🎟 Herkese açık cüzdan adresini bırak (asla gizli kelimeleri değil!)."),
    ("giveaway", "10 bin takipçi çekilişi: 3 kişiye 500 TL değerinde {TICK}. Beğen ve favori aracını yaz. Adresi sadece DM'den isteyeceğim."),
    ("price", "{TICK} günlükte {P} seviyesini koruyor. Aralık kırılırsa 2x hedefim {P2}. Stop {PLOW} altı. YTD."),
    ("price", "{PCT} yükselişten sonra herkes {TICK} için 2x beklerken ben biraz kâr alıyorum."),
    ("tipjar", "Analizlerim işinize yarıyorsa bahşiş memnuniyetle, zorunlu değil 🙏 {ETH}"),
    ("friends", "{FRIEND} yemek parasını {COIN} ile gönderdi, komisyon bahşişten az çıktı 😄"),
    ("dev", "{PROJ} v2 kontratı yayında ve doğrulandı: {CA}\nDenetim raporu dokümantasyonda. Etkileşimden önce adresi sitemizden kontrol edin."),
    ("ordinary", "Yine çift vardiya. Masraf formunu talep etmeyi ve İK'ya e-postayı göndermeyi hatırlatın bana"),
    ("complaint", "Cüzdanım iki saattir 'beklemede' gösteriyor. Başka yaşayan var mı?"),
    ("research", "Bu çeyrekte 1.200 ikiye katlama dolandırıcılığı adresini inceledik: çoğu fonları 15 dakika içinde taşıyor. Rapor: {NEWSURL}"),
]

HIST_C = [
    "{TICK} haftalıkta {P} seviyesini geri aldı. Üzerinde kapanış lazım.",
    "Bu akşam yeni eser mintlendi, 48 saat açık edisyon 0,01 ETH 🖤 {PURL}",
    "Bugün en sevdiğim analiste zincir üstü bahşiş gönderdim. Bana kahve ısmarlamak isteyen: {ETH}",
    "Funding nötr, açık pozisyonlar artıyor. Hareketli bir hafta olabilir.",
    "Drainer nasıl anlaşılır? Kısaca: anlamadığın hiçbir şeyi imzalama.",
    "{P} seviyesinden biraz {TICK} sattım. Tepe çağrısı değil, dengeleme.",
]
HIST_N = [
    "Bugün menüde kuru fasulye var, kaçırmayın 🍲",
    "Dün tribünleri dolduran herkese teşekkürler 💙",
    "Pazartesiden itibaren saat 8'de açığız.",
    "Yağmur bitmedi, tam çorba havası.",
    "Cumartesi deplasman, otobüs 9.30'da tesisten kalkıyor.",
    "U14 takımımız ligi ikinci bitirdi, gurur duyuyoruz!",
]
HACKED = [
    "Hesabımızı geri aldık. Dün ele geçirildi ve kripto çekilişi paylaşıldı. Biz DEĞİLDİK. Hiçbir şey göndermeyin, paylaşımları şikayet edin.",
    "Herkesten özür dilerim, hesabım ele geçirildi ve bitcoin dolandırıcılığı paylaşıldı. Şifre değişti, iki adımlı doğrulama açık.",
]
QUOTE = [
    "Dolandırıcılık. Kimse kriptonu ikiye katlamaz. Şikayet et, engelle.",
    "Hesap hacklenmiş, o adrese hiçbir şey göndermeyin.",
    "Dikkat, sahte çekiliş. Gönderdiyseniz işlem hash'ini saklayıp suç duyurusunda bulunun.",
]
