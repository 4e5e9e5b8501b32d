"""Hand-written account specs for the blind corpus (all fictional)."""

CLIENTS = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad",
           "TweetDeck Web App"]
HIJACK_CLIENTS = ["Twitter Web App", "Twitter for Android", "TweetDeck Web App", "Twitter for Mac",
                  "Echofon", "social-poster", "Twitter for iPhone"]


def H(username, name, lang, topic, followers, verified, year, source, wave=0, n_scam=2, hijack_source=None):
    return dict(username=username, name=name, lang=lang, topic=topic, followers=followers, verified=verified,
                year=year, source=source, wave=wave, n_scam=n_scam, hijack_source=hijack_source)


HIJACKED = [
    # wave 1: same BTC address within an hour (July-2020 style)
    H("danielreyesdev", "Daniel Reyes", "en", "tech", 1840000, True, 2009, "Twitter for iPhone", wave=1),
    H("marlowe_sings", "Marlowe", "en", "music", 3900000, True, 2010, "Twitter for iPhone", wave=1),
    H("senatorhalvorsen", "Sen. Ruth Halvorsen", "en", "politics", 2210000, True, 2011, "Sprout Social", wave=1),
    H("kestrelmotors", "Kestrel Motors", "en", "business", 5100000, True, 2010, "Hootsuite Inc.", wave=1),
    H("jt_okafor", "Jerome Okafor", "en", "sports", 1270000, True, 2012, "Twitter for Android", wave=1),
    H("priya_an_codes", "Priya Anand", "en", "tech", 612000, True, 2013, "Twitter Web App", wave=1),
    H("novabank_us", "Nova Bank", "en", "business", 880000, True, 2011, "Sprinklr", wave=1),
    H("thewillowtrees", "The Willow Trees", "en", "music", 1450000, True, 2009, "Twitter for iPhone", wave=1),
    H("coachmaddox", "Coach Bill Maddox", "en", "sports", 430000, False, 2012, "Twitter for iPhone", wave=1),
    # wave 2: one lookalike link, several accounts within minutes
    H("helenvoss_art", "Helen Voss", "en", "music", 275000, True, 2014, "Twitter for iPad", wave=2),
    H("gridironweekly", "Gridiron Weekly", "en", "sports", 940000, True, 2010, "TweetDeck Web App", wave=2),
    H("openfoundry_io", "OpenFoundry", "en", "tech", 318000, True, 2015, "Twitter Web App", wave=2),
    H("mayor_castellan", "Mayor Anne Castellan", "en", "politics", 156000, True, 2013, "Twitter for iPhone", wave=2),
    H("chefbrunoalves", "Bruno Alves", "en", "general", 702000, True, 2011, "Twitter for Android", wave=2),
    # solo takeovers, en
    H("samirkhanphoto", "Samir Khan", "en", "general", 96000, False, 2012, "Twitter for iPhone", n_scam=3),
    H("lenamarchetti", "Lena Marchetti", "en", "business", 341000, True, 2014, "Twitter Web App", n_scam=2),
    H("rocketleaguefan", "Tom Pryce", "en", "sports", 58000, False, 2016, "Twitter for Android", n_scam=2),
    H("devon_ships_it", "Devon Clarke", "en", "tech", 211000, True, 2012, "Twitter for Mac", n_scam=3),
    # es
    H("lauracanales_tv", "Laura Canales", "es", "", 1320000, True, 2011, "Twitter for iPhone", n_scam=2),
    H("clubatleticosur", "Club Atlético del Sur", "es", "", 480000, True, 2012, "TweetDeck Web App", n_scam=2),
    # pt
    H("brunoferraz", "Bruno Ferraz", "pt", "", 905000, True, 2010, "Twitter for Android", n_scam=2),
    H("bandamaresia", "Banda Maresia", "pt", "", 377000, True, 2013, "Twitter for iPhone", n_scam=2),
    # fr
    H("camille_roux", "Camille Roux", "fr", "", 640000, True, 2011, "Twitter for iPhone", n_scam=2),
    H("lemagtechfr", "Le Mag Tech", "fr", "", 295000, True, 2012, "Twitter Web App", n_scam=2),
    # de
    H("jonas_weber_musik", "Jonas Weber", "de", "", 512000, True, 2011, "Twitter for iPhone", n_scam=2),
    H("sv_nordhafen", "SV Nordhafen 1911", "de", "", 268000, True, 2012, "Hootsuite Inc.", n_scam=2),
    # it
    H("giulia_ferri", "Giulia Ferri", "it", "", 733000, True, 2010, "Twitter for iPhone", n_scam=2),
    H("trattoria_lume", "Osteria Lume", "it", "", 61000, False, 2014, "Twitter for Android", n_scam=2),
    # ru
    H("anton_belov", "Антон Белов", "ru", "", 830000, True, 2011, "Twitter for Android", n_scam=2),
    H("nauka_segodnya", "Наука сегодня", "ru", "", 214000, True, 2012, "Twitter Web App", n_scam=2),
    # tr
    H("emrekaya", "Emre Kaya", "tr", "", 1150000, True, 2011, "Twitter for iPhone", n_scam=2),
    H("denizspor", "Deniz Spor Kulübü", "tr", "", 390000, True, 2012, "TweetDeck Web App", n_scam=2),
    # ar
    H("khalid_alharbi", "خالد الحربي", "ar", "", 2400000, True, 2011, "Twitter for iPhone", n_scam=2),
    H("sahat_tech", "ساحة التقنية", "ar", "", 187000, True, 2013, "Twitter Web App", n_scam=2),
    # ja
    H("haruka_mori", "森はるか", "ja", "", 1620000, True, 2010, "Twitter for iPhone", n_scam=2),
    H("gadget_navi_jp", "ガジェットナビ", "ja", "", 342000, True, 2012, "Twitter Web App", n_scam=2),
    # ko
    H("minji_park", "박민지", "ko", "", 980000, True, 2012, "Twitter for iPhone", n_scam=2),
    H("seoul_fc_fan", "서울 축구 이야기", "ko", "", 120000, False, 2013, "Twitter for Android", n_scam=2),
    # zh
    H("linwei_music", "林薇", "zh", "", 760000, True, 2011, "Twitter for iPhone", n_scam=2),
    H("keji_zaobao", "科技早报", "zh", "", 233000, True, 2013, "Twitter Web App", n_scam=2),
]


def S(username, name, lang, source="Twitter Web App", verified=False, recovery=False):
    return dict(username=username, name=name, lang=lang, source=source, verified=verified, recovery=recovery)


SCAMMERS = [
    S("ElonLiveEvents", "Elon Musk 🚀 LIVE", "en", verified=True),
    S("tesla_btc_drop", "Tesla Official Event", "en"),
    S("saylor_gives", "Michael Saylor ⚡", "en", verified=True),
    S("vitalikbuterln", "vitalik.eth", "en", "Twitter for Android"),
    S("binance_rewards_", "Binance Rewards", "en"),
    S("CryptoGiftHub", "Crypto Gift Hub", "en", "autoposter"),
    S("airdrop_alerts_x", "Airdrop Alerts", "en"),
    S("nft_claims_now", "NFT Claims", "en", "Twitter for iPhone"),
    S("doublr_club", "BTC Doubler Club", "en"),
    S("whale_mentor_jay", "Jay | Whale Mentor", "en", "Twitter for Android"),
    S("eth_foundation_ev", "Ethereum Foundation Event", "en", verified=True),
    S("sol_season_drop", "Solana Season", "en"),
    S("recover_with_ray", "Ray | Funds Recovery", "en", "Twitter for Android", recovery=True),
    S("chainfix_support", "Wallet Support Desk", "en", recovery=True),
    S("trace_assets_pro", "Asset Trace Pro", "en", "Twitter for iPhone", recovery=True),
    S("regalo_cripto_es", "Evento Oficial Cripto", "es"),
    S("musk_sorteo_btc", "Elon Musk Sorteo", "es", "Twitter for Android"),
    S("recupera_fondos", "Recuperación de Fondos", "es", recovery=True),
    S("promo_binance_br", "Binance Brasil Promo", "pt"),
    S("elon_brasil_live", "Elon Ao Vivo", "pt", "Twitter for Android", verified=True),
    S("recuperar_cripto", "Recuperação Cripto", "pt", recovery=True),
    S("evenement_btc_fr", "Événement Officiel BTC", "fr"),
    S("cadeau_crypto", "Cadeau Crypto 🎁", "fr", "Twitter for iPhone"),
    S("aide_portefeuille", "Assistance Portefeuille", "fr", recovery=True),
    S("krypto_aktion_de", "Krypto Aktion 2026", "de"),
    S("tesla_de_event", "Tesla Deutschland Event", "de", "Twitter for Android", verified=True),
    S("wallet_hilfe_24", "Wallet Hilfe 24/7", "de", recovery=True),
    S("regalo_btc_it", "Evento BTC Italia", "it"),
    S("musk_italia_live", "Elon Musk Italia", "it", "Twitter for iPhone"),
    S("recupero_fondi_it", "Recupero Fondi Crypto", "it", recovery=True),
    S("razdacha_btc", "Раздача BTC", "ru"),
    S("durov_bonus", "Павел Д. | бонус", "ru", "Twitter for Android", verified=True),
    S("vozvrat_sredstv", "Возврат средств", "ru", recovery=True),
    S("kripto_hediye", "Kripto Hediye Etkinliği", "tr"),
    S("binance_tr_odul", "Binance TR Ödül", "tr", "Twitter for Android"),
    S("fon_kurtarma", "Fon Kurtarma Uzmanı", "tr", recovery=True),
    S("hadaya_crypto", "هدايا الكريبتو", "ar"),
    S("binance_arabia", "بينانس العربية", "ar", "Twitter for Android", verified=True),
    S("istirdad_amwal", "استرداد الأموال", "ar", recovery=True),
    S("musk_jp_event", "イーロン公式イベント", "ja"),
    S("airdrop_jp_claim", "エアドロップ速報", "ja", "Twitter for iPhone"),
    S("kaifuku_support", "資産回復サポート", "ja", recovery=True),
    S("event_btc_kr", "공식 비트코인 이벤트", "ko"),
    S("upbit_bonus_kr", "업비트 보너스", "ko", "Twitter for Android"),
    S("bokgu_jeonmun", "자금 복구 전문가", "ko", recovery=True),
    S("btc_fanbei", "马斯克官方活动", "zh"),
    S("kongtou_lingqu", "空投领取中心", "zh", "Twitter for Android", verified=True),
    S("zijin_zhuihui", "资金追回专家", "zh", recovery=True),
]


def P(username, name, lang, role, followers, verified, year, source):
    return dict(username=username, name=name, lang=lang, role=role, followers=followers, verified=verified,
                year=year, source=source)


PERSISTENT = [
    # news / research
    P("ledgerwire", "LedgerWire News", "en", "news", 1730000, True, 2012, "SocialFlow"),
    P("chainsight_labs", "ChainSight Research", "en", "news", 212000, True, 2016, "Twitter Web App"),
    P("dailybyte_tech", "The Daily Byte", "en", "news", 2950000, True, 2009, "SocialFlow"),
    P("noticias_cripto", "Noticias Cripto", "es", "news", 310000, True, 2014, "Twitter Web App"),
    P("portal_moedas", "Portal das Moedas", "pt", "news", 254000, True, 2015, "Twitter Web App"),
    P("journal_numerique", "Journal du Numérique", "fr", "news", 488000, True, 2011, "SocialFlow"),
    P("techblatt", "Techblatt", "de", "news", 402000, True, 2010, "SocialFlow"),
    P("notizie_digitali", "Notizie Digitali", "it", "news", 199000, True, 2012, "Twitter Web App"),
    P("kripto_novosti", "Крипто Новости", "ru", "news", 356000, True, 2014, "Twitter Web App"),
    P("kriptogundem", "Kripto Gündem", "tr", "news", 288000, True, 2015, "Twitter Web App"),
    P("akhbar_raqmia", "أخبار رقمية", "ar", "news", 615000, True, 2013, "Twitter Web App"),
    P("coin_times_jp", "コインタイムズ", "ja", "news", 273000, True, 2014, "Twitter Web App"),
    P("block_news_kr", "블록뉴스", "ko", "news", 182000, True, 2016, "Twitter Web App"),
    P("lianxun_news", "链讯", "zh", "news", 341000, True, 2015, "Twitter Web App"),
    # security orgs / regulators / famous people posting warnings
    P("consumer_alerts", "Consumer Alerts Office", "en", "org", 620000, True, 2010, "Sprinklr"),
    P("safewallet_sec", "SafeWallet Security", "en", "org", 145000, True, 2017, "Twitter Web App"),
    P("elliot_baines", "Elliot Baines", "en", "org", 8400000, True, 2009, "Twitter for iPhone"),
    P("osi_seguridad", "Oficina de Seguridad del Internauta", "es", "org", 290000, True, 2012, "Hootsuite Inc."),
    P("bsi_warnung", "Cyber-Warnungen", "de", "org", 215000, True, 2013, "Twitter Web App"),
    P("cybermalveillance_fr", "Alerte Arnaques", "fr", "org", 176000, True, 2014, "Twitter Web App"),
    # exchanges (fictional)
    P("korvex_exchange", "Korvex Exchange", "en", "exchange", 2300000, True, 2014, "Sprinklr"),
    P("bitmera", "Bitmera", "en", "exchange", 940000, True, 2017, "Sprinklr"),
    P("korvex_es", "Korvex Español", "es", "exchange", 210000, True, 2018, "Sprinklr"),
    P("korvex_br", "Korvex Brasil", "pt", "exchange", 330000, True, 2018, "Sprinklr"),
    P("bitmera_fr", "Bitmera France", "fr", "exchange", 96000, True, 2019, "Sprinklr"),
    P("bitmera_de", "Bitmera Deutschland", "de", "exchange", 121000, True, 2019, "Sprinklr"),
    P("korvex_it", "Korvex Italia", "it", "exchange", 87000, True, 2019, "Sprinklr"),
    P("korvex_ru", "Korvex Russian", "ru", "exchange", 140000, True, 2018, "Sprinklr"),
    P("bitmera_tr", "Bitmera Türkiye", "tr", "exchange", 410000, True, 2018, "Sprinklr"),
    P("korvex_arabic", "كورفكس بالعربي", "ar", "exchange", 350000, True, 2019, "Sprinklr"),
    P("bitmera_jp", "Bitmera Japan", "ja", "exchange", 220000, True, 2018, "Sprinklr"),
    P("korvex_kr", "코르벡스", "ko", "exchange", 260000, True, 2018, "Sprinklr"),
    P("bitmera_cn", "Bitmera 中文", "zh", "exchange", 515000, True, 2017, "Sprinklr"),
    # crypto natives
    P("satstacker_mo", "Mo | stacking sats", "en", "crypto", 48000, False, 2015, "Twitter for iPhone"),
    P("gwei_gremlin", "gwei gremlin", "en", "crypto", 121000, True, 2018, "Twitter Web App"),
    P("chartsbyhanna", "Hanna Charts", "en", "crypto", 86000, True, 2017, "TweetDeck Web App"),
    P("solbuilder_ken", "ken.sol", "en", "crypto", 23000, False, 2021, "Twitter for Android"),
    P("trader_pablo", "Pablo Trading", "es", "crypto", 61000, False, 2016, "Twitter for Android"),
    P("hodler_br", "Hodler BR", "pt", "crypto", 44000, False, 2017, "Twitter for iPhone"),
    P("crypto_lucie", "Lucie | crypto", "fr", "crypto", 29000, False, 2018, "Twitter for iPhone"),
    P("kursmacher", "Kursmacher", "de", "crypto", 37000, False, 2016, "Twitter Web App"),
    P("marco_hodl", "Marco HODL", "it", "crypto", 22000, False, 2017, "Twitter for Android"),
    P("ivan_graphs", "Иван | графики", "ru", "crypto", 53000, False, 2016, "Twitter Web App"),
    P("grafikci_ali", "Ali Grafik", "tr", "crypto", 75000, False, 2017, "Twitter for Android"),
    P("crypto_faisal", "فيصل | كريبتو", "ar", "crypto", 98000, False, 2017, "Twitter for iPhone"),
    P("okane_chart", "チャート職人", "ja", "crypto", 67000, False, 2017, "Twitter for iPhone"),
    P("coin_daeri", "코인 대리", "ko", "crypto", 42000, False, 2018, "Twitter for Android"),
    P("bizhong_laowang", "币圈老王", "zh", "crypto", 88000, False, 2016, "Twitter for iPhone"),
    # charities
    P("openwater_relief", "Open Water Relief", "en", "charity", 64000, True, 2013, "Twitter Web App"),
    P("codeclub_kids", "Code Club for Kids", "en", "charity", 12000, False, 2015, "Twitter Web App"),
]

PEOPLE = {
    "en": [("jessie_m", "Jessie M"), ("kwame_a", "Kwame Asante"), ("rachel_lin", "Rachel Lin"),
           ("bobbyd", "Bobby D."), ("mike_r_oh", "Mike R"), ("sara_k_writes", "Sara K"),
           ("noah_p", "Noah Patel"), ("emilyvt", "Emily Vetter"), ("grumpy_dan", "dan"),
           ("amira_j", "Amira J."), ("tomasz_w", "Tomasz W"), ("katiebuilds", "Katie"),
           ("liam_oconnor", "Liam O'Connor"), ("deb_h", "Deborah H."), ("zoe_xyz", "zoe"),
           ("marcus_t", "Marcus T"), ("hannahb", "Hannah B"), ("oldmanjeff", "Jeff")],
    "es": [("lucia_mtz", "Lucía Martínez"), ("pablo_g", "Pablo García"), ("carmen_r", "Carmen Ruiz"),
           ("javi_lopez", "Javi López"), ("sofi_h", "Sofía Herrera"), ("diego_pz", "Diego Paz"),
           ("ana_belen", "Ana Belén"), ("mateo_ch", "Mateo Chávez")],
    "pt": [("joao_silva", "João Silva"), ("mari_costa", "Mariana Costa"), ("pedro_hs", "Pedro Henrique"),
           ("bia_santos", "Bia Santos"), ("rafa_lima", "Rafael Lima"), ("carol_m", "Carolina Melo"),
           ("tiago_r", "Tiago Rocha"), ("lu_almeida", "Luana Almeida")],
    "fr": [("julien_b", "Julien Bernard"), ("claire_d", "Claire Dubois"), ("thomas_lf", "Thomas Lefèvre"),
           ("manon_p", "Manon Petit"), ("hugo_m", "Hugo Moreau"), ("lea_garnier", "Léa Garnier"),
           ("nico_fr", "Nicolas F."), ("sarah_bl", "Sarah Blanc")],
    "de": [("lukas_m", "Lukas Meier"), ("anna_schmidt", "Anna Schmidt"), ("felix_k", "Felix König"),
           ("lena_h", "Lena Hoffmann"), ("tobi_w", "Tobias Wagner"), ("mia_becker", "Mia Becker"),
           ("jan_r", "Jan Richter"), ("sophie_kl", "Sophie Klein")],
    "it": [("luca_rossi", "Luca Rossi"), ("chiara_b", "Chiara Bianchi"), ("matteo_c", "Matteo Conti"),
           ("sara_ricci", "Sara Ricci"), ("ale_marino", "Alessandro Marino"), ("fede_g", "Federica Greco"),
           ("paolo_b", "Paolo Bruno"), ("giada_l", "Giada Lombardi")],
    "ru": [("dima_k", "Дмитрий К."), ("olga_s", "Ольга Смирнова"), ("sergey_v", "Сергей Волков"),
           ("natasha_p", "Наташа П."), ("alexey_m", "Алексей М."), ("katya_i", "Катя Иванова"),
           ("misha_n", "Миша Н."), ("yulia_f", "Юлия Ф.")],
    "tr": [("mehmet_y", "Mehmet Yılmaz"), ("ayse_demir", "Ayşe Demir"), ("can_ozturk", "Can Öztürk"),
           ("zeynep_k", "Zeynep Kaya"), ("burak_s", "Burak Şahin"), ("elif_c", "Elif Çelik"),
           ("murat_a", "Murat Arslan"), ("selin_d", "Selin Doğan")],
    "ar": [("ahmed_salem", "أحمد سالم"), ("nora_q", "نورة القحطاني"), ("omar_h", "عمر حداد"),
           ("layla_m", "ليلى منصور"), ("yousef_k", "يوسف الكعبي"), ("sara_a", "سارة العلي"),
           ("hamza_t", "حمزة طه"), ("reem_s", "ريم السيد")],
    "ja": [("taro_y", "山田太郎"), ("yuki_s", "佐藤ゆき"), ("kenji_t", "田中健二"), ("mika_n", "中村美香"),
           ("sho_k", "小林翔"), ("aoi_w", "渡辺あおい"), ("riku_i", "伊藤陸"), ("hana_k", "加藤はな")],
    "ko": [("jiwoo_k", "김지우"), ("seojun_l", "이서준"), ("hana_c", "최하나"), ("minho_j", "정민호"),
           ("yuna_k", "강유나"), ("dohyun_y", "윤도현"), ("sora_h", "한소라"), ("junho_p", "박준호")],
    "zh": [("wang_lei", "王磊"), ("li_na", "李娜"), ("zhang_wei", "张伟"), ("chen_jing", "陈静"),
           ("liu_yang", "刘洋"), ("zhao_min", "赵敏"), ("xiaoyu", "小雨"), ("ah_jie", "阿杰")],
}
