# Türkçe şablonlar, doğrudan Türkçe yazıldı.
LANG = "tr"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Elif", "elif"), ("Burak", "burak"), ("Zeynep", "zeynep"), ("Emre", "emre"), ("Selin", "selin"),
         ("Kaan", "kaan"), ("Defne", "defne"), ("Oğuz", "oguz"), ("Ceren", "ceren"), ("Murat", "murat")]
LAST = [("Aksoy", "aksoy"), ("Karaca", "karaca"), ("Tunç", "tunc"), ("Erdem", "erdem"), ("Yalçın", "yalcin"),
        ("Öztürk", "ozturk"), ("Güneş", "gunes"), ("Şahin", "sahin")]
ORGS = {"news": ("Körfez Haber Ajansı", "korfezhaber"), "research": ("Kripto Güvenlik Masası", "kriptoguvenlik"),
        "exchange": ("Lidya Borsa", "LidyaBorsa"), "charity": ("Sıcak Çorba Derneği", "sicakcorba"),
        "brand": ("Köşe Simitçisi", "kosesimitci")}

SCAM = [
 ("double", "Topluluğa teşekkür etkinliği! Önümüzdeki 1 saat boyunca {btc} adresine gönderilen her BTC iki katı olarak geri gönderilecek."),
 ("double", "Ne gönderirsen iki katını geri yolluyorum. Bu kadar basit 😎 ETH adresim: {eth}"),
 ("double", 'Kayıt yok, form yok: gece yarısına kadar {btc} adresine gelen her şey gönderen adrese iki katı olarak geri gidiyor.'),
 ("double", "Bugüne özel bonus tablosu:\n1 ETH altı: %100\n1-5 ETH arası: %150\n5 ETH üstü: %200\nKatılım adresi {eth}"),
 ("double", "Gönderdiğin tutarın aynısını + %50 fazlasını anında iade ediyoruz. Sadece USDT (TRC20): {trx}"),
 ("double", 'Ne kadar almak istiyorsun? Yarısını {sol} adresine gönder 😉 sistem otomatik olarak iki katını iade ediyor.'),
 ("double", "Binance TR yeni rekoru kutluyor 🎉 Yatırdığınız her BTC'yi ikiye katlıyoruz. En az 0,05 BTC, en fazla 10 BTC. {btc}"),
 ("double", "Tesla'nın bitcoin etkinliği başladı: gönder, iki katını al. Ayrıntılar ve adres {link} üzerinde."),
 ("event", "🔴 CANLI YAYIN: Elon Musk ile kripto etkinliği! Yayın boyunca 5.000 BTC dağıtılıyor. Katıl: {link}"),
 ("event", "Ethereum Vakfı'nın resmi topluluk etkinliği: aktif kullanıcılara 50.000 ETH. Hemen katılın → {link}"),
 ("event", "Austin'den özel yayın: Elon soruları yanıtlıyor ve bağlı olan herkese BTC dağıtıyor. Etkinlik linki {dom} üzerinde ⏱️"),
 ("airdrop", "2. sezon airdrop açıldı! Cüzdanınızın hak kazanıp kazanmadığını kontrol edin, snapshot kapanmadan tokenlarınızı alın: {link}"),
 ("airdrop", "Ücretsiz mint başladı 🔥 Sadece 3.333 adet, yalnızca gas ödüyorsun. Cüzdanını bağla: {link}"),
 ("airdrop", 'Son çağrı 📣 talep edilmeyen tokenlar cuma günü yakılacak. Talep işlemini cüzdanından imzala: {link}'),
 ("airdrop", "İlk destekçilere sürpriz hediye 🪂 hak ediş kontrolü {dom} adresinde"),
 ("phish", "ÖNEMLİ: Ağ güncellemesinden sonra tüm cüzdanların doğrulanması gerekiyor. Doğrulanmayan cüzdanlar dondurulacak. Doğrula: {link}"),
 ("phish", 'Cüzdanınızda olağan dışı hareket tespit edildi. Bloke olmaması için 12 kelimelik kurtarma ifadenizi güvenli forma girin: {link}'),
 ("phish", "MetaMask kullanıcıları: 15 Nisan'a kadar KYC'li geçiş zorunludur, aksi halde fonlarınıza erişim kısıtlanır. {link}"),
 ("recovery", "Çok geçmiş olsun. Ben de aynı şekilde 3 ETH kaybettim, {handle} 48 saatte hepsini geri aldı. Onlara yaz, güvenilirler."),
 ("recovery", 'Poliste çalışan etik bir hacker var, çalınan kriptoları geri alıyor, beni kurtardı. {handle} diye arat, hemen dönüyor.'),
 ("recovery", "Kuzenimin başına da aynısı geldi. {mail} adresine yazdı, iki günde USDT'lerini geri aldı. Bir dene!"),
 ("support", "Merhaba, yaşadığınız sorun için özür dileriz. Destek ekibimize talep oluşturun, bir temsilci size yardımcı olacak: {link}"),
 ("support", "Merhaba, şikâyet birimi. İşlem ID'nizi {mail} adresine e-posta ile gönderin, bugün içinde çözelim."),
 ("dropaddr", "ÇEKİLİŞ 💸 Rastgele 10 kişiye 0,5 ETH gönderiyorum. Cüzdan adresini yoruma bırak, gönderiyi beğen!"),
 ("dropaddr", 'Bedava USDT isteyen? 🙋 TRC20 adresini bırak, en çok RT yapanlara bu akşam 300 USDT gönderiyorum.'),
 ("fee", "Tebrikler! Cüzdanınız yıldönümü çekilişimizde 2,5 BTC kazandı. Ödülün serbest bırakılması için önce {btc} adresine 0,02 BTC ağ ücreti ödenmelidir."),
 ("fee", "1.500.000 TL tutarındaki çekim talebiniz hazır. Bakiyenizin açılması için %5 çekim vergisini {trx} adresine ödeyin."),
 ("fee", "Hesabınıza 15.000 USDT tanımlandı. Sadece gas ücretini (0,03 ETH) {eth} adresine gönderin, transfer hemen başlasın."),
 ("testimonial", "Explorer'dan az önce kontrol ettim: 2.000 USDT gönderdim, 4.000 geldi. Ciddiyim 😳 {trx}"),
 ("testimonial", "Şüpheliydim ama 0,05 BTC ile denedim, 0,1 BTC geri geldi. Gerçek arkadaşlar. Hâlâ açık: {btc}"),
 ("uri", "Cüzdan uygulamandan tek dokunuşla katıl 👇\n{uri}\nHer ödeme x2 olarak geri döner."),
 ("uri", "Ödemeler zincirde görünüyor, kendin bak: {explorer_btc}\nAynı adrese gönder, iki katını al: {btc_split}"),
 ("mentor", 'Danışmanım bir ayda hiçbir şeye dokunmadan %28 kazandırdı. İletişim ister misiniz? DM\'den "BİLGİ" yazın 💼'),
 ("mentor", "300$ yatır, 7 günde 4.500$ al. Garantili getiri, hesabını bizzat ben yönetiyorum. WhatsApp: {wa}"),
]

BENIGN = [
 ("news", "Emniyet açıklamasına göre, \"gönderilen her BTC'yi ikiye katlama\" vaadiyle düzenlenen sahte canlı yayın bir haftada yaklaşık 400.000 $ topladı. Dolandırıcıların adresi: {btc}. {site}"),
 ("news", 'SON DAKİKA | Tanınmış bir futbolcunun hesabı 40 dakika boyunca {eth} adresli bir "x2 hediye" paylaşımı yaptı. Kulüp hesabın ele geçirildiğini doğruladı.'),
 ("news", "SPK, kripto dolandırıcılığı mağdurlarına ulaşıp önceden ücret isteyen sahte \"fon kurtarma uzmanlarına\" karşı uyardı. Ayrıntılar: {site}"),
 ("research", "Yeni bir drainer kiti tespit edildi: {dom_def} sitesi airdrop için \"cüzdan bağla\" diyor, ardından sınırsız token onayı istiyor. Bildirin ve engelleyin."),
 ("research", '{dom_def} için hızlı analiz: alan adı 3 gün önce alınmış, ücretsiz sertifika, bir borsanın sitesinin kopyası, kontrat onayı istiyor. Ders kitabı gibi bir drainer.'),
 ("warning", "Hatırlatma: kimse kriptonuzu ikiye katlamaz. Ne Elon, ne Vitalik, ne de biz. Daha fazlasını almak için para göndermenizi isteyen her paylaşım dolandırıcılıktır."),
 ("warning", "Destek ekibimiz size asla ilk önce yazmaz ve gizli kelimelerinizi istemez. \"Cüzdan doğrulama\" linklerini dikkate almayın."),
 ("warning", 'Şikâyetlerinizin altındaki yanıtlara dikkat: hiçbir "etik hacker" kripto geri getirmez. Ön ödeme istiyorsa bu da dolandırıcılık.'),
 ("question", "2 BTC kazandığımı ve sadece küçük bir ücret ödemem gerektiğini söyleyen bir mesaj geldi. Bu gerçek mi? Bana pek inandırıcı gelmedi..."),
 ("question", "YouTube'da Saylor'un bitcoin dağıttığı bir yayın var. Gerçek olup olmadığını bilen var mı?"),
 ("donation", "Kış kampanyamız başladı! İlk kez kripto bağış kabul ediyoruz. BTC: {btc}. Her satoshi sıcak bir tabak çorbaya dönüşüyor."),
 ("donation", "Barınağın çatısı için bağış yapan herkese teşekkürler. ETH ile destek için adresimiz {eth}; bakiyeyi her cuma paylaşıyoruz."),
 ("exchange", "Lidya Borsa'da yeni: bu ay en az 100 USDT yatırana 10 USDT'lik komisyon kuponu. Kampanya koşulları ve kimlik doğrulama geçerlidir."),
 ("exchange", "Lidya trading yarışması pazartesi başlıyor. Hacme göre ilk 50 kişi 20.000 USDT'lik ödül havuzunu paylaşacak."),
 ("giveaway", "ÇEKİLİŞ 🥯 Bu gönderiyi beğen ve RT yap, bir ay boyunca bedava simit kazan! Sonuçlar cuma günü."),
 ("cgiveaway", "10 bin takipçi olduk! RT + takip, 3 kişiye 50$ değerinde BTC göndereceğim. DM'den asla bir şey istemem."),
 ("price", "BTC bu yıl neredeyse ikiye katlandı. 40 binden aldığımda bana deli diyenleri hatırlıyorum."),
 ("price", 'Solana ocaktan beri %40 yükseldi, benim portföy hâlâ ekside çünkü tepeden aldım. Böyle işte 😅'),
 ("tip", "Flood'larım işinize yarıyorsa bahşiş memnuniyetle, ama asla zorunlu değil: {btc}"),
 ("friends", "@burak_tunc dünkü pizzanın 0,01 BTC'sini gönderdim, cüzdanına bak 🍕"),
 ("friends", "Konser biletlerinin parasını kardeşime USDC ile ödedim. Üç saniye sürdü. Hâlâ sihir gibi geliyor."),
 ("nft", "Üretken sanat koleksiyonumuz \"Gelgit\" 2 Nisan'da mint ediliyor: 1.000 eser, 0,03 ETH, sadece allowlist ve sadece resmi sitemizden."),
]
VICTIM = [
 "Dolandırıldım. Gerçek sanıp bir \"çekiliş\" adresine 0,8 ETH gönderdim. Geri almanın bir yolu var mı?",
 "Bir airdrop sitesine bağladıktan sonra cüzdanım boşaltıldı. Her şey gitti. Kendimi çok kötü hissediyorum.",
 "Lidya destek cevap vermiyor, çekimim 3 gündür beklemede. Başka yaşayan var mı?",
]
HACKED = [
 "Hesabım dün hacklendi. Kriptoyla ilgili paylaşımlar bana ait değil. Lütfen hiçbir şey göndermeyin. Erişimi geri aldım.",
 "Herkesten özür dileriz: hesap birkaç saat ele geçirildi ve sahte bir çekiliş paylaştı. Hepsi silindi.",
 "Hacklendim. Benden \"bitcoin ikiye katla\" paylaşımı gördüyseniz dikkate almayın. İki adımlı doğrulama yeniden açık.",
]
ORDINARY = [
 "Pazar kahvaltısı hazır, menemen tartışmasına girmeyeceğim.",
 "Ne maçtı ama! Son dakika golü, deplasman tribünü yıkıldı.",
 "Çeyrek raporunu nihayet bitirdim. Biraz duvara bakacağım.",
 "Moda'daki yeni ramen yerini denedim. Et suyu inanılmazdı.",
 "Vapur yine rötarlı. Bu hafta üçüncü kez.",
 "Provalar pazartesi başlıyor. Hem heyecanlı hem gerginim.",
 "Ekşi maya için tavsiyesi olan var mı? Benimki hep ölüyor.",
 "Sabahki halk koşusunda harika bir hava vardı, gönüllülere teşekkürler!",
 "Podcast'in yeni bölümü yayında: tükenmişlik ve market fiyatları üzerine.",
 "Bütün hafta sonu yağmur. Kitabı bitirmek için mükemmel bahane.",
 "Bugün takımla gurur duydum. Şampiyonluk umudu sürüyor.",
 "Bahar temizliğinde tanımadığım üç şarj aleti buldum.",
]
QUOTE = [
 "Bu dolandırıcılık. Hiçbir şey göndermeyin.",
 "Şikâyet ettik. Sahte çekiliş, bu adres bizim değil.",
 "Hesap hacklenmiş gibi, kimse inanmasın.",
]

# Bu dosyaya özgü kalıplar.
SCAM += [
 ("fee", "Sayın kullanıcı, kapanan kripto borsası mağdurlarına yapılan iade kapsamında adınıza 94.000 TL tanımlanmıştır. İşlem için 50 USDT dosya masrafını {trx} adresine yatırınız."),
 ("double", "Arkadaşlar şaka değil, Elon Türkiye'den takip edenlere cüzdanı açmış 🇹🇷 ne gönderirsen ikiye katlıyor, ben de az önce yaptım. Son dakikalar: {btc}"),
 ("mentor", "VIP sinyal grubumuzda günlük %12 kazanç garanti, anapara korumalı. Sadece 7 kontenjan kaldı. Hemen katıl {tg}"),
 ("phish", "MetaMask cüzdanınız güvenlik güncellemesi yapılmadığı için 30.04'te kapatılacak. Sahipliğinizi doğrulamak için kurtarma ifadenizi girin: {link}"),
 ("double", "0,3 ETH atana 0,6 ETH, 3 ETH atana 6 ETH. 22:00'de kapatıyorum, sonra yazmayın. {eth}"),
 ("airdrop", "Cüzdanında tanımadığın bir token mı var? Sadakat airdrop'u o. ETH'ye çevirmek için önce talep kontratını onayla: {link}"),
 ("uri", "QR okunmuyor mu? Bu bağlantıyı cüzdanına kopyala: {uri} (10 dakika içinde x2 iade)"),
 ("dropaddr", "İlk milyonumu kutluyorum 🥂 Yoruma BTC adresini bırakan ilk 50 kişiye 2.000 TL değerinde BTC atıyorum!"),
]
BENIGN += [
 ("question", "Babamı bir \"yatırım danışmanı\" aramış, kriptoyla günde %12 kazanç vaat ediyor. Bunun dolandırıcılık olduğunu ona nasıl anlatırım?"),
 ("news", "\"Mağdur iadesi\" dolandırıcılığı: şüpheliler hiç kaybedilmemiş paranın iadesi için USDT ile \"dosya masrafı\" istiyor. Bildirilen mesajlarda geçen adres {trx}."),
 ("exchange", "Lidya Borsa hatırlatır: \"Lidya airdrop'u\" diye bir şey yoktur. Resmî duyurular yalnızca uygulamadadır. Dış sitelerde işlem imzalamayın."),
 ("tip", "Podcast için küçük bir ETH bahşiş kavanozu açtım: {eth}. Sunucu ve mikrofon masraflarını karşılıyor, o kadar. Teşekkürler!"),
]
ORDINARY += [
 "Sabah 7'de çocuk gökyüzü neden mavi diye sordu. Kahvesiz fizik olmaz.",
 "Bahçeden haberler: kabaklar savaş ilan etti.",
 "Salı günü kupa maçı var, biletler 20 dakikada tükendi.",
 "Karadeniz yaylalarında iki hafta geçirip döndüm. Çekmiyordu, hiç de pişman değilim.",
 "Korumuz cumartesi belediye salonunda bahar konseri veriyor, bekleriz!",
 "Yanlış sütuna göre sıralanmış bir tabloya bir saat harcadım.",
 "Yılın ilk mangalı ve tabii ki dolu yağdı.",
 "Uzun uçuş için kitap önerisi? Polisiye olmasın, doydum.",
]
