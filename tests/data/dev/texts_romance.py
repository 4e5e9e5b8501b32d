# -*- coding: utf-8 -*-
"""Hand-written Spanish, Portuguese (BR), French and Italian texts."""

DATA = {}

# ============================================================== es ====
DATA['es'] = {
    'scam': {
        'double': [
            "Hoy me siento generoso 🙌 Durante los próximos {mins} minutos devuelvo el doble de todo el {coin} que me enviéis. Mandas {a1}, recibes {a2}.\n{addr}",
            "Para agradecer el apoyo de todos estos años, cualquier envío de {coin} a esta dirección se devuelve x2 al momento 👇\n{addr}\nMínimo {min}, máximo {max}.",
            "No es broma: envía {coin} a {addr} y te lo regreso duplicado. Solo {mins} min, luego no digáis que no avisé 😉",
            "Gracias a vosotros he llegado hasta aquí, así que os lo devuelvo: lo que mandéis en {coin} a la cartera de abajo os vuelve por partida doble.\n\n{addr}",
        ],
        'multi': [
            "¡TRIPLICAMOS! Manda {a1} {coin} y te llegan {a3} {coin}. Válido hasta agotar fondos.\n{addr}",
            "Bono del 100% en cada transferencia de {coin} durante el directo. Dirección oficial: {addr}",
            "Solo este finde: x2 en todo el {coin} que entre en {addr}. Te vuelve solito, máximo {max} {coin}.",
        ],
        'tier': [
            "🎁 Sorteo {name} 🎁\n{tiers}\nEnvía a: {addr}\n¡Quedan {mins} minutos!",
            "Así funciona, fácil:\n{tiers}\n👉 {addr}\nLa devolución es automática.",
        ],
        'sent': [
            "Ya hemos devuelto a estos monederos ✅\n{txtable}\nSigue abierto un rato más: {addr}",
        ],
        'link_event': [
            "Evento en vivo con {total} {coin} para la comunidad. Toda la info y cómo participar en la web oficial: {url}",
            "¡Arrancó el sorteo! Entra antes de que se acabe 👉 {url}",
            "{name} celebra su aniversario regalando {coinname}. Sigue los pasos aquí: {url}",
        ],
        'link_qr': [
            "Escanea el código QR de la página del evento con tu wallet y recibe el doble 👇 {url}",
        ],
        'link_drainer': [
            "El airdrop de {token} ya está activo 🪂 Conecta tu wallet y reclama tu parte antes del cierre: {url}",
            "Tu billetera es elegible para las recompensas de {brand}. Reclama aquí: {url}",
        ],
        'link_validate': [
            "Aviso a usuarios de {brand}: por la actualización de la red tenéis que validar la billetera en 24 h o quedará bloqueada. Sincroniza aquí: {url}",
        ],
        'drop': [
            "Regalo {a1} {coin} a 20 personas al azar 🎁 Deja tu dirección de {coin} en los comentarios 👇",
            "Comenta tu wallet y esta noche te mando algo, sin trampa ni cartón 😎",
        ],
        'dm': [
            "Me quedan 15 plazas para la ronda del doble. Escríbeme por privado y te lo explico 📩",
        ],
        'recovery': [
            "A mí me estafaron {a1} {coin} con una plataforma falsa y {expert} me lo recuperó todo en pocos días. Escríbele por Telegram: {tg}",
            "No te rindas, contacta con {handle}. Son expertos en recuperar fondos robados, conmigo funcionó.",
        ],
        'support': [
            "Hola, lamentamos las molestias. Contacta con nuestro equipo de soporte en Telegram {support} para resolverlo cuanto antes.",
            "Hemos recibido tu queja. Rellena el formulario en {url} y un agente te atenderá en menos de 2 horas.",
        ],
    },
    'hn': {
        'news_quote': [
            "Varias cuentas verificadas fueron secuestradas esta tarde, entre ellas la de {name}. Los mensajes prometían devolver el doble del {coin} enviado a {addr}. Es una estafa: no enviéis nada.",
            "Alerta: un falso directo redirige a {scamdomain}, donde prometen duplicar lo que mandes. La web ya ha sido denunciada.",
            "Según los investigadores, la dirección {addr} recibió decenas de depósitos en la primera hora. Ninguno fue devuelto, como era de esperar.",
        ],
        'warning': [
            "Recordatorio: nadie va a duplicar tus criptos. Ni famosos, ni exchanges, ni ONG. Si te piden enviar para recibir, es una estafa.",
            "Nunca te escribiremos primero ni te pediremos la frase semilla. El único soporte oficial está en {offdomain}.",
            "Ojo con quien te ofrece «recuperar» lo que te estafaron: casi siempre es la segunda parte del mismo timo.",
        ],
        'victim_ask': [
            "¿Alguien sabe si {scamdomain} es de fiar? Lo vi en un directo de YouTube y dicen que te devuelven el doble",
            "Me han pasado esta dirección {addr} diciendo que devuelven x2. ¿Real o estafa? Prefiero preguntar antes de hacer el tonto",
        ],
        'victim_lost': [
            "Mandé {amount} a uno de esos sorteos de duplicar y no me ha llegado nada. Qué vergüenza. ¿Se puede hacer algo?",
            "Conecté la wallet a una web de «mint gratis» y me la vaciaron en segundos. Unos {amount} perdidos.",
        ],
        'victim_support': [
            "@{exch} llevo tres días con un retiro pendiente y nadie me contesta. ¿Qué pasa?",
        ],
        'reply_callout': [
            "Esta cuenta ha sido hackeada. NO mandéis nada, nadie os va a devolver el doble.",
            "Estafa de manual. Denunciado, haced lo mismo.",
        ],
        'quote_callout': [
            "Cuenta comprometida. La dirección del tuit es de los estafadores, no interactuéis.",
        ],
        'hacked_notice': [
            "Nos hackearon la cuenta esta mañana. Los mensajes sobre criptomonedas no son nuestros y ya los hemos borrado. Por favor, no enviéis nada a ninguna dirección.",
            "Ya he recuperado la cuenta. Lo del «sorteo» no fui yo. Si alguien ha enviado algo, avisad a vuestro exchange cuanto antes. Lo siento muchísimo.",
        ],
        'donation': [
            "Nuestra campaña para las familias afectadas por las inundaciones ya acepta donaciones en {coin}: {addr}. Publicamos todos los movimientos cada mes.",
            "¡Gracias a quienes habéis donado al albergue! Si queréis colaborar en {coin}, la dirección es {addr}. Cuentas auditadas en {offdomain}.",
        ],
        'tipjar': [
            "Si mis vídeos te han servido, puedes invitarme a un café en {coin}: {addr} ¡Gracias! ☕",
        ],
        'freelancer': [
            "Para los clientes que pagan en {coin}: mi dirección es {addr}. Confirmadla conmigo por correo antes de enviar, por favor.",
        ],
        'exchange_promo': [
            "Nuevos usuarios: {pct} de descuento en comisiones durante 30 días. Condiciones en {offdomain}/promo. Nunca te pediremos enviar fondos para recibir un premio.",
        ],
        'legit_giveaway': [
            "🎁 SORTEO: regalamos 3 camisetas firmadas. Para participar: RT + seguir a la cuenta. Ganadores el viernes. Jamás os pediremos dinero ni datos de wallet.",
        ],
        'airdrop_official': [
            "El airdrop de {token} ya se puede reclamar. La ÚNICA web es {offdomain}/claim. No hay que pagar nada y no te escribiremos por privado.",
        ],
        'nft_mint': [
            "La nueva colección se mintea el jueves a las 18:00 (hora peninsular). Solo en {offdomain}. Si te llega un enlace de «mint gratis» por DM, es falso.",
        ],
        'price_talk': [
            "El BTC casi se ha duplicado desde marzo y todavía hay quien dice que llega tarde 🤷‍♂️",
            "Entrando con apalancamiento x2, stop por debajo del mínimo semanal. No es consejo financiero.",
            "Si sale bien el desbloqueo, esta moneda puede hacer un x10. Mucho «si» ahí.",
        ],
        'yield': [
            "El pool de stablecoins da un {pct} APY esta semana. Es variable y el riesgo del contrato existe.",
        ],
        'release_notes': [
            "Ya está la versión {ver} de la cartera: mejores comisiones, envíos taproot y aviso cuando pegas una dirección distinta a la copiada. Descárgala solo desde {offdomain}.",
        ],
        'conference': [
            "¡Entradas a la venta para el meetup de Bitcoin en {city}! Charlas sobre autocustodia y cómo detectar estafas. Inscripción: {offdomain}",
        ],
        'meme': [
            "«Mándame 1 BTC y te devuelvo 2». Hermano, si tuvieras 2 no necesitarías el mío 😂",
            "Mi cartera va genial mientras no la abra",
        ],
    },
    'hist': {
        'sports': [
            "¡Victoria en casa! {score} ante el {team}. Gracias a la afición por empujar hasta el final 💪",
            "Convocatoria para el partido del {day} ante el {team}. ¡Vamos!",
            "Entrenamiento a puerta abierta este {day} en {city}. Os esperamos.",
            "Duro empate fuera de casa. Toca levantarse y pensar en el próximo.",
            "Ya están a la venta las entradas para el derbi. Los socios tienen preferencia hasta el {day}.",
        ],
        'music': [
            "¡{city}, qué noche! Gracias por cantar cada canción conmigo ❤️",
            "Nuevo single este {day} a medianoche. Estoy nerviosa 🙈",
            "Ensayando para la gira. Faltan {n} días.",
            "Hoy hace {n} años que salió mi primer disco. Gracias por seguir aquí.",
            "Entradas para {city} agotadas en una hora. No tengo palabras.",
        ],
        'politics': [
            "Hoy he presentado en el pleno la propuesta para ampliar el bus nocturno en {city}.",
            "Reunión con las asociaciones vecinales de {city}. Escuchar es la primera obligación.",
            "Gracias a todos los voluntarios que habéis hecho posible la jornada de hoy.",
            "El presupuesto destina {n} millones a vivienda asequible. Seguiremos trabajando.",
            "Este {day} atiendo a vecinos de 17 a 20 h, sin cita previa.",
        ],
        'general': [
            "Buenos días a todos ☀️",
            "Qué semana más larga. Feliz fin de semana.",
            "Gracias por los mensajes de cariño, de verdad.",
        ],
    },
    'hijacked': [
        ('cd_arenales', 'CD Arenales', 'sports'),
        ('luciamontenegro', 'Lucía Montenegro', 'music'),
        ('tomasrivas_alc', 'Tomás Rivas Ledesma', 'politics'),
    ],
    'scammers': {
        'giveaway': [('sorteo_btc_oficial', 'Sorteo Oficial BTC'), ('regalo_cripto_es', 'Regalos Cripto 🎁'),
                     ('evento_x2_btc', 'Evento x2 Bitcoin')],
        'drainer': [('airdrop_es_oficial', 'Airdrop Oficial ES'), ('reclama_tokens', 'Reclama tus tokens')],
        'recovery': [('laura_invierte', 'Laura 🌸 inversora'), ('recupera_fondos', 'Recuperación Cripto')],
        'support': [('soporte_wallet_es', 'Soporte Wallet'), ('atencion_cliente24', 'Atención al Cliente 24h')],
    },
    'normals': [
        ('news', 'diariocripto_es', 'Diario Cripto', 'diariocripto.example.es'),
        ('security', 'alertafraude', 'Alerta Fraude Digital', 'alertafraude.org'),
        ('exchange', 'cambiorapido', 'CambioRápido Exchange', 'cambiorapido.es'),
        ('charity', 'fundacionmanos', 'Fundación Manos Abiertas', 'manosabiertas.org'),
        ('trader', 'paco_velas', 'Paco | velas y café', None),
        ('project', 'carterasol', 'Cartera Sol', 'carterasol.io'),
        ('events', 'btcmadridmeetup', 'Bitcoin Madrid Meetup', 'meetupbtc.es'),
    ],
    'people': ['maria', 'javi', 'lucia', 'pablo', 'dani', 'sergio', 'marta', 'alba', 'ruben', 'nacho'],
    'people_names': ['María', 'Javi', 'Lucía 🌻', 'Pablo G.', 'Dani', 'Sergio', 'Marta', 'Alba', 'Rubén', 'Nacho'],
    'fills': {'city': ['Madrid', 'Sevilla', 'Valencia', 'Bilbao', 'Zaragoza', 'Málaga'],
              'team': ['Atlético Alameda', 'Deportivo Sierra', 'Unión Marina', 'Racing Almendral'],
              'day': ['sábado', 'domingo', 'miércoles', 'viernes', 'jueves']},
    'keywords': ['envía', 'enviar', 'manda', 'doble', 'duplic', 'sorteo', 'regalo', 'devuelv', 'recibe', 'wallet',
                 'billetera', 'dirección', 'reclama', 'gratis'],
    'tierwords': ('Envías', 'recibes'),
}

# ============================================================== pt ====
DATA['pt'] = {
    'scam': {
        'double': [
            "Hoje tô generoso 😎 Nos próximos {mins} minutos, todo {coin} enviado pro endereço abaixo volta em dobro. Mandou {a1}, recebe {a2}.\n{addr}",
            "Pra agradecer o carinho de vocês: qualquer envio de {coin} pra essa carteira volta dobrado na hora 👇\n{addr}\nMínimo {min}, máximo {max}.",
            "Não é pegadinha. Envia {coin} pra {addr} que eu devolvo o dobro. Só por {mins} min, depois não adianta reclamar!",
            "Chegamos longe juntos e agora é hora de retribuir 🙏 O que vocês mandarem em {coin} pra carteira abaixo volta multiplicado por 2.\n\n{addr}",
        ],
        'multi': [
            "TRIPLICANDO 🚀 Manda {a1} {coin} e recebe {a3} {coin} de volta. Vale enquanto durar o saldo.\n{addr}",
            "Bônus de 100% em toda transferência de {coin} durante a live. Carteira oficial: {addr}",
        ],
        'tier': [
            "🎁 Sorteio {name} 🎁\n{tiers}\nEnvie para: {addr}\nFaltam {mins} minutos!",
            "Funciona assim, galera:\n{tiers}\n👉 {addr}\nO retorno é automático.",
        ],
        'sent': [
            "Já pagamos essas carteiras ✅\n{txtable}\nAinda dá tempo: {addr}",
        ],
        'link_event': [
            "Evento ao vivo com {total} {coin} em prêmios pra comunidade. Tudo explicado no site oficial: {url}",
            "Começou!! Corre que acaba 👉 {url}",
            "{name} comemora aniversário distribuindo {coinname}. Siga o passo a passo: {url}",
        ],
        'link_qr': [
            "Escaneia o QR code da página do evento com a sua carteira e recebe em dobro 👇 {url}",
        ],
        'link_drainer': [
            "Airdrop de {token} liberado 🪂 Conecta a carteira e resgata sua parte antes de fechar: {url}",
            "Sua carteira foi selecionada para as recompensas da {brand}. Resgate aqui: {url}",
        ],
        'link_validate': [
            "Atenção, usuários da {brand}: por causa da atualização da rede é obrigatório validar a carteira em até 24h. Sincronize aqui: {url}",
        ],
        'drop': [
            "Vou mandar {a1} {coin} pra 20 pessoas aleatórias 🎁 Deixa o endereço da sua carteira aqui embaixo 👇",
            "Comenta tua wallet que hoje à noite eu mando um presente, sem pegadinha 🤝",
        ],
        'dm': [
            "Tenho 15 vagas pra rodada do dobro. Chama no privado que eu explico 📩",
        ],
        'recovery': [
            "Perdi {a1} {coin} num site de investimento falso e o {expert} recuperou tudo em poucos dias. Fala com ele no Telegram: {tg}",
            "Não desiste não, chama o {handle}. Eles recuperam cripto roubada, comigo deu certo.",
        ],
        'support': [
            "Olá, sentimos muito pelo transtorno. Fale com nosso suporte no Telegram {support} pra resolvermos rapidinho.",
            "Recebemos sua reclamação. Preencha o formulário em {url} e um atendente entra em contato em até 2 horas.",
        ],
    },
    'hn': {
        'news_quote': [
            "Contas verificadas foram invadidas nesta tarde, entre elas a de {name}. As publicações prometiam devolver o dobro de qualquer {coin} enviado para {addr}. É golpe: não envie nada.",
            "Alerta: uma live falsa está mandando o público para {scamdomain}, que promete dobrar o que você enviar. O site já foi denunciado.",
            "Segundo pesquisadores, o endereço {addr} recebeu dezenas de depósitos na primeira hora do golpe. Nenhum foi devolvido.",
        ],
        'warning': [
            "Lembrete: ninguém vai dobrar sua cripto. Nem famoso, nem corretora, nem ONG. Pediu pra enviar pra receber? É golpe.",
            "Nunca mandamos mensagem primeiro e nunca pedimos sua frase de recuperação. Suporte oficial só em {offdomain}.",
            "Cuidado com quem aparece oferecendo 'recuperar' o dinheiro do golpe. Quase sempre é o segundo golpe.",
        ],
        'victim_ask': [
            "Alguém sabe se {scamdomain} é confiável? Vi numa live no YouTube e disseram que devolvem o dobro",
            "Me passaram esse endereço {addr} falando que devolvem 2x. É real ou golpe? Melhor perguntar antes",
        ],
        'victim_lost': [
            "Mandei {amount} num desses sorteios de dobrar e não voltou nada. Que vergonha. Tem como fazer alguma coisa?",
            "Conectei a carteira num site de 'mint grátis' e limparam tudo em segundos. Perdi uns {amount}.",
        ],
        'victim_support': [
            "@{exch} meu saque tá pendente faz 3 dias e ninguém responde. O que tá acontecendo??",
        ],
        'reply_callout': [
            "Essa conta foi hackeada. NÃO mandem nada, ninguém vai devolver o dobro.",
            "Golpe clássico. Denunciei, façam o mesmo.",
        ],
        'quote_callout': [
            "Conta comprometida. O endereço desse post é dos golpistas, não interajam.",
        ],
        'hacked_notice': [
            "Nossa conta foi invadida hoje cedo. As publicações sobre cripto não foram feitas por nós e já foram apagadas. Por favor, não enviem nada para nenhum endereço.",
            "Recuperei a conta. Aquele 'sorteio' NÃO fui eu. Se alguém enviou alguma coisa, avise sua corretora o quanto antes. Desculpa, gente.",
        ],
        'donation': [
            "Nossa campanha para as vítimas das enchentes agora aceita doações em {coin}: {addr}. Publicamos todas as movimentações no relatório mensal.",
            "Obrigado a todos que doaram para o abrigo! Quem quiser ajudar em {coin}, nosso endereço é {addr}. Prestação de contas em {offdomain}.",
        ],
        'tipjar': [
            "Se meus vídeos te ajudaram, dá pra me pagar um café em {coin}: {addr} Valeu! ☕",
        ],
        'freelancer': [
            "Pra quem paga em {coin}: meu endereço é {addr}. Confirma comigo por e-mail antes de enviar, por favor.",
        ],
        'exchange_promo': [
            "Novos usuários: {pct} de desconto nas taxas por 30 dias. Regras em {offdomain}/promo. Nunca pedimos depósito para liberar prêmio.",
        ],
        'legit_giveaway': [
            "🎁 SORTEIO: 3 camisas autografadas! Pra participar: curte, dá RT e segue. Resultado na sexta. Nunca vamos pedir dinheiro nem dados de carteira.",
        ],
        'airdrop_official': [
            "O airdrop de {token} já pode ser resgatado. O ÚNICO site é {offdomain}/claim. Não tem taxa e não mandamos DM.",
        ],
        'nft_mint': [
            "A nova coleção abre o mint na quinta, 18h (Brasília). Só em {offdomain}. Link de 'mint grátis' na DM é falso.",
        ],
        'price_talk': [
            "O BTC praticamente dobrou desde março e ainda tem gente dizendo que perdeu o bonde 🤷",
            "Entrei alavancado 2x, stop abaixo da mínima da semana. Não é recomendação.",
            "Se o desbloqueio correr bem, essa moeda pode fazer 10x. É um 'se' bem grande.",
        ],
        'yield': [
            "O pool de stablecoins tá pagando {pct} ao ano nesta semana. É variável e o risco do contrato existe.",
        ],
        'release_notes': [
            "Saiu a versão {ver} da carteira: estimativa de taxa melhor, envio taproot e alerta quando o endereço colado é diferente do copiado. Baixe só em {offdomain}.",
        ],
        'conference': [
            "Ingressos à venda para o meetup de Bitcoin em {city}! Palestras sobre autocustódia e como identificar golpes. Inscrição: {offdomain}",
        ],
        'meme': [
            "'Me manda 1 BTC que eu devolvo 2'. Irmão, se tu tivesse 2 não precisava do meu 😂",
            "Minha carteira tá ótima desde que eu não abra",
        ],
    },
    'hist': {
        'sports': [
            "Vitória em casa! {score} contra o {team}. Obrigado, torcida, vocês jogaram junto 💚",
            "Relacionados para o jogo de {day} contra o {team}. Bora!",
            "Treino aberto neste {day} no CT, em {city}. Traz a família!",
            "Empate duro fora de casa. Cabeça erguida que tem jogo de novo no {day}.",
            "Ingressos para o clássico à venda, sócio tem prioridade até {day}.",
        ],
        'music': [
            "{city}, que noite!! Vocês cantaram tudo comigo, tô arrepiada até agora ❤️",
            "Música nova sai {day} à meia-noite. Tô nervosa demais 🙈",
            "Ensaio pra turnê começou hoje. Faltam {n} dias!",
            "{n} anos do primeiro álbum. Obrigada por crescerem comigo.",
            "Ingressos de {city} esgotados em uma hora. Sem palavras.",
        ],
        'company': [
            "Loja nova em {city} abre neste {day}! Os 100 primeiros clientes ganham brinde 🛍️",
            "Nosso atendimento agora funciona das 8h às 22h, todos os dias.",
            "Obrigado ao time por um trimestre recorde.",
            "Coleção de primavera já disponível nas lojas e no site.",
            "Estamos contratando em {city}: logística, atendimento e tecnologia.",
        ],
        'general': [
            "Bom dia, gente ☀️",
            "Que semana, hein. Bom fim de semana a todos.",
            "Obrigado pelas mensagens de carinho, de verdade.",
        ],
    },
    'hijacked': [
        ('uniaolitoral_fc', 'União Litoral FC', 'sports'),
        ('marinabrisa', 'Marina Brisa', 'music'),
        ('casapampa_ofc', 'Casa Pampa', 'company'),
    ],
    'scammers': {
        'giveaway': [('sorteio_btc_br', 'Sorteio BTC Oficial'), ('evento_cripto2x', 'Evento Cripto 2x'),
                     ('presente_bitcoin', 'Presente Bitcoin 🎁')],
        'drainer': [('airdrop_br_ofc', 'Airdrop BR'), ('resgate_tokens', 'Resgate de Tokens')],
        'recovery': [('ana_investe_br', 'Ana Paula 🌸'), ('recupera_cripto', 'Recuperação Cripto')],
        'support': [('suporte_carteira', 'Suporte Carteira'), ('atendimento_247', 'Atendimento 24h')],
    },
    'normals': [
        ('news', 'portalcripto_br', 'Portal Cripto', 'portalcripto.example.com.br'),
        ('security', 'alertagolpe', 'Alerta Golpe Digital', 'alertagolpe.org.br'),
        ('exchange', 'trocabit', 'Trocabit Exchange', 'trocabit.com.br'),
        ('charity', 'maosunidas_ong', 'ONG Mãos Unidas', 'maosunidas.org.br'),
        ('trader', 'rafa_grafico', 'Rafa | gráfico', None),
        ('project', 'carteiraipe', 'Carteira Ipê', 'carteiraipe.app'),
        ('events', 'meetupbtc_sp', 'Meetup Bitcoin SP', 'meetupbtcsp.com.br'),
    ],
    'people': ['lucas', 'bia', 'gabi', 'rafa', 'joao', 'mari', 'pedro', 'lari', 'thiago', 'duda'],
    'people_names': ['Lucas', 'Bia 🌻', 'Gabi', 'Rafa', 'João Pedro', 'Mari', 'Pedro H.', 'Lari', 'Thiago', 'Duda'],
    'fills': {'city': ['São Paulo', 'Recife', 'Porto Alegre', 'Belo Horizonte', 'Curitiba', 'Salvador'],
              'team': ['Ipiranga do Sul', 'Real Cerrado', 'Atlético Serrano', 'Esporte Clube Maré'],
              'day': ['sábado', 'domingo']},
    'keywords': ['envia', 'manda', 'dobro', 'dobrad', 'sorteio', 'presente', 'devolv', 'recebe', 'carteira',
                 'endereço', 'bônus', 'resgat', 'grátis'],
    'tierwords': ('Envie', 'receba'),
}

# ============================================================== fr ====
DATA['fr'] = {
    'scam': {
        'double': [
            "Je me sens généreux aujourd'hui 💸 Pendant {mins} minutes, tout {coin} envoyé à l'adresse ci-dessous vous revient doublé. Vous envoyez {a1}, vous recevez {a2}.\n{addr}",
            "Pour remercier ceux qui me suivent depuis le début : chaque envoi de {coin} sur ce portefeuille est renvoyé x2 👇\n{addr}\nMin {min}, max {max}.",
            "Ce n'est pas une blague. Envoyez du {coin} à {addr} et je vous renvoie le double. Seulement {mins} min, après c'est fini !",
            "Vous m'avez tant donné, à mon tour. Chaque {coin} reçu sur l'adresse suivante repart aussitôt multiplié par deux.\n\n{addr}",
        ],
        'multi': [
            "On TRIPLE 🚀 Envoyez {a1} {coin}, recevez {a3} {coin}. Dans la limite des fonds disponibles.\n{addr}",
            "Bonus de 100 % sur chaque transfert de {coin} pendant le live. Adresse officielle : {addr}",
        ],
        'tier': [
            "🎁 Grand giveaway {name} 🎁\n{tiers}\nAdresse : {addr}\nPlus que {mins} minutes !",
            "Comment ça marche :\n{tiers}\n👉 {addr}\nLe retour est automatique.",
        ],
        'sent': [
            "Déjà renvoyé à ces portefeuilles ✅\n{txtable}\nEncore ouvert quelques minutes : {addr}",
        ],
        'link_event': [
            "Événement en direct avec {total} {coin} à distribuer à la communauté. Toutes les infos sur la page officielle : {url}",
            "C'est parti ! Le giveaway est en ligne, foncez avant la fin 👉 {url}",
            "{name} fête son anniversaire en redistribuant du {coinname}. Suivez les étapes ici : {url}",
        ],
        'link_qr': [
            "Scannez le QR code de la page de l'événement avec votre wallet et recevez le double 👇 {url}",
        ],
        'link_drainer': [
            "L'airdrop {token} est ouvert 🪂 Connectez votre portefeuille et réclamez votre part avant la clôture : {url}",
            "Félicitations, votre wallet est éligible au programme de récompenses {brand}. Réclamez ici : {url}",
        ],
        'link_validate': [
            "Utilisateurs {brand} : suite à la mise à jour du réseau, vous devez valider votre portefeuille sous 24 h sous peine de restriction. Synchronisation : {url}",
        ],
        'drop': [
            "J'envoie {a1} {coin} à 20 personnes tirées au sort 🎁 Mettez votre adresse {coin} en commentaire 👇",
            "Lâchez votre adresse de wallet en réponse, je fais des virements ce soir. Aucune arnaque 😉",
        ],
        'dm': [
            "Il reste 15 places pour le tour « double ». Écrivez-moi en MP, je vous explique 📩",
        ],
        'recovery': [
            "On m'avait volé {a1} {coin} avec une fausse plateforme d'investissement, {expert} a tout récupéré en quelques jours. Contactez-le sur Telegram : {tg}",
            "N'abandonnez pas, contactez {handle}. Ils récupèrent les cryptos volées, pour moi ça a marché.",
        ],
        'support': [
            "Bonjour, désolés pour le désagrément. Contactez notre équipe d'assistance sur Telegram {support} afin que nous réglions cela rapidement.",
            "Nous avons bien reçu votre réclamation. Merci de remplir le formulaire sur {url}, un conseiller vous recontacte sous 2 h.",
        ],
    },
    'hn': {
        'news_quote': [
            "Plusieurs comptes certifiés ont été piratés cet après-midi, dont celui de {name}. Les messages promettaient de doubler tout {coin} envoyé à {addr}. C'est une arnaque : n'envoyez rien.",
            "Alerte : un faux live redirige les spectateurs vers {scamdomain}, qui promet de « doubler » les envois. Le site a été signalé.",
            "D'après les chercheurs, l'adresse {addr} a reçu des dizaines de dépôts dans l'heure qui a suivi. Aucun n'a été remboursé, évidemment.",
        ],
        'warning': [
            "Rappel : personne ne va doubler vos cryptos. Ni une célébrité, ni une plateforme, ni une association. « Envoyez pour recevoir » = arnaque.",
            "Nous ne vous contacterons jamais en premier et ne vous demanderons jamais votre phrase de récupération. Assistance officielle uniquement sur {offdomain}.",
            "Méfiez-vous des « experts en récupération » qui vous contactent après une arnaque : c'est presque toujours la deuxième partie de la même escroquerie.",
        ],
        'victim_ask': [
            "Quelqu'un sait si {scamdomain} est fiable ? Je l'ai vu sur un live YouTube, ils disent qu'ils renvoient le double",
            "On m'a envoyé cette adresse {addr} en disant qu'ils renvoient x2. Vrai ou arnaque ? Je préfère demander avant",
        ],
        'victim_lost': [
            "J'ai envoyé {amount} à un de ces giveaways « double » et rien n'est revenu. J'ai honte. Il y a un recours ?",
            "J'ai connecté mon wallet à un site de « mint gratuit » et tout a été vidé en quelques secondes. Environ {amount} de perdu.",
        ],
        'victim_support': [
            "@{exch} mon retrait est bloqué depuis 3 jours et personne ne répond. Il se passe quoi ??",
        ],
        'reply_callout': [
            "Ce compte a été piraté. N'envoyez RIEN, personne ne va vous rendre le double.",
            "Arnaque classique. Signalé, faites pareil.",
        ],
        'quote_callout': [
            "Compte compromis. L'adresse dans ce post appartient aux escrocs, n'interagissez pas.",
        ],
        'hacked_notice': [
            "Notre compte a été piraté ce matin. Les publications sur les cryptomonnaies ne viennent pas de nous et ont été supprimées. N'envoyez rien à aucune adresse.",
            "J'ai récupéré mon compte. Ce « giveaway », ce n'était PAS moi. Si vous avez envoyé quoi que ce soit, prévenez votre plateforme au plus vite. Désolé à tous.",
        ],
        'donation': [
            "Notre collecte pour les sinistrés des inondations accepte désormais les dons en {coin} : {addr}. Tous les mouvements sont publiés chaque mois.",
            "Merci pour vos dons au refuge ! Pour donner en {coin}, notre adresse est {addr}. Reçus fiscaux via {offdomain}.",
        ],
        'tipjar': [
            "Si mes tutos vous ont aidé, vous pouvez m'offrir un café en {coin} : {addr} Merci ☕",
        ],
        'freelancer': [
            "Pour les clients qui règlent en {coin} : mon adresse est {addr}. Confirmez-la avec moi par mail avant tout envoi, s'il vous plaît.",
        ],
        'exchange_promo': [
            "Nouveaux inscrits : {pct} de réduction sur les frais pendant 30 jours. Conditions sur {offdomain}/promo. Nous ne demandons jamais d'envoyer des fonds pour recevoir une récompense.",
        ],
        'legit_giveaway': [
            "🎁 CONCOURS : 3 maillots dédicacés à gagner ! Pour participer : like, RT et follow. Tirage vendredi. Nous ne vous demanderons jamais d'argent ni d'infos de wallet.",
        ],
        'airdrop_official': [
            "L'airdrop {token} est réclamable. Le SEUL site est {offdomain}/claim. Aucun frais, et nous n'envoyons jamais de MP.",
        ],
        'nft_mint': [
            "La nouvelle collection se mint jeudi à 18 h (heure de Paris). Uniquement sur {offdomain}. Un lien « mint gratuit » en MP = arnaque.",
        ],
        'price_talk': [
            "Le BTC a quasiment doublé depuis mars et certains disent encore qu'il est trop tard 🤷",
            "Position longue avec levier x2, stop sous le plus bas hebdo. Pas un conseil.",
            "Si le déblocage de tokens se passe bien, ce projet peut faire x10. Gros « si ».",
        ],
        'yield': [
            "Le pool de stablecoins rapporte {pct} APY cette semaine. C'est variable, et le risque de smart contract existe.",
        ],
        'release_notes': [
            "La version {ver} du portefeuille est disponible : meilleure estimation des frais, envois taproot et alerte si l'adresse collée diffère de celle copiée. Téléchargement uniquement sur {offdomain}.",
        ],
        'conference': [
            "La billetterie du meetup Bitcoin de {city} est ouverte ! Conférences sur l'auto-conservation et la détection des arnaques. Inscription : {offdomain}",
        ],
        'meme': [
            "« Envoie-moi 1 BTC, je t'en renvoie 2 ». Frère, si t'en avais 2 t'aurais pas besoin du mien 😂",
            "Mon portefeuille se porte très bien tant que je ne l'ouvre pas",
        ],
    },
    'hist': {
        'sports': [
            "Victoire à domicile ! {score} contre {team}. Merci au public, vous avez poussé jusqu'au bout 💙",
            "Le groupe pour le déplacement de {day} face à {team} est connu. Allez !",
            "Entraînement ouvert au public ce {day} à {city}. Venez nombreux.",
            "Match nul arraché à l'extérieur. On relève la tête.",
            "Billetterie du derby ouverte dès {day} pour les abonnés.",
        ],
        'music': [
            "{city}, quelle soirée ! Vous avez chanté chaque chanson avec moi ❤️",
            "Nouveau single ce {day} à minuit. Je suis super stressée 🙈",
            "Début des répétitions pour la tournée. J-{n} !",
            "{n} ans déjà depuis le premier album. Merci d'être toujours là.",
            "{city} complet en une heure. Je n'ai pas de mots.",
        ],
        'politics': [
            "J'ai défendu aujourd'hui en conseil municipal l'extension des bus de nuit à {city}. Vote ce {day}.",
            "Rencontre ce matin avec les associations de quartier de {city}. Écouter d'abord.",
            "Merci à tous les bénévoles mobilisés ce week-end sur les marchés.",
            "Le budget consacre {n} millions au logement abordable. Ce n'est qu'un début.",
            "Permanence ouverte ce {day} de 16 h à 19 h, sans rendez-vous.",
        ],
        'general': [
            "Bonjour à tous ☀️",
            "Quelle semaine ! Bon week-end à tous.",
            "Merci pour tous vos messages, sincèrement.",
        ],
    },
    'hijacked': [
        ('stade_montclair', 'Stade Montclair', 'sports'),
        ('elodie_marchand', 'Élodie Marchand', 'music'),
        ('pascal_garnier_', 'Pascal Garnier', 'politics'),
    ],
    'scammers': {
        'giveaway': [('giveaway_btc_fr', 'Giveaway BTC Officiel'), ('evenement_crypto', 'Événement Crypto x2'),
                     ('cadeau_bitcoin', 'Cadeau Bitcoin 🎁')],
        'drainer': [('airdrop_fr_off', 'Airdrop FR'), ('reclam_jetons', 'Réclamation Tokens')],
        'recovery': [('julie_invest_fr', 'Julie 🌸 maman & investisseuse'), ('recup_crypto_fr', 'Récupération Crypto')],
        'support': [('assistance_wallet', 'Assistance Wallet'), ('service_client24', 'Service Client 24/7')],
    },
    'normals': [
        ('news', 'echoducrypto', "L'Écho du Crypto", 'echoducrypto.example.fr'),
        ('security', 'cyberalerte_fr', 'Cyber Alerte', 'cyberalerte.example.org'),
        ('exchange', 'boursebleue', 'Bourse Bleue', 'boursebleue.fr'),
        ('charity', 'secoursvoisins', 'Secours des Voisins', 'secoursvoisins.org'),
        ('trader', 'amelie_bougies', 'Amélie | bougies', None),
        ('project', 'portefeuille_lune', 'Portefeuille Lune', 'lunewallet.fr'),
        ('events', 'meetup_btc_lyon', 'Meetup Bitcoin Lyon', 'btclyon.fr'),
    ],
    'people': ['julien', 'camille', 'thomas', 'lea', 'nico', 'manon', 'hugo', 'chloe', 'maxime', 'ines'],
    'people_names': ['Julien', 'Camille', 'Thomas B.', 'Léa 🌻', 'Nico', 'Manon', 'Hugo', 'Chloé', 'Maxime', 'Inès'],
    'fills': {'city': ['Lyon', 'Lille', 'Marseille', 'Nantes', 'Bordeaux', 'Toulouse', 'Bruxelles'],
              'team': ["l'Olympique Vallée", "l'AS Montcalme", 'le Stade Rivière', "l'US Côte d'Argent"],
              'day': ['samedi', 'dimanche', 'mercredi', 'vendredi', 'mardi']},
    'keywords': ['envoy', 'double', 'doublé', 'giveaway', 'cadeau', 'renvoi', 'recev', 'portefeuille', 'wallet',
                 'adresse', 'bonus', 'réclam', 'gratuit'],
    'tierwords': ('Envoyez', 'recevez'),
}

# ============================================================== it ====
DATA['it'] = {
    'scam': {
        'double': [
            "Oggi mi sento generoso 💸 Per i prossimi {mins} minuti ogni {coin} inviato all'indirizzo qui sotto torna indietro raddoppiato. Mandi {a1}, ricevi {a2}.\n{addr}",
            "Per ringraziarvi del supporto di questi anni, ogni invio di {coin} a questo wallet viene restituito x2 👇\n{addr}\nMinimo {min}, massimo {max}.",
            "Non è uno scherzo: manda {coin} a {addr} e te lo rimando doppio. Solo per {mins} minuti, poi chiudo!",
            "Siete stati pazzeschi quest'anno, quindi ricambio: quello che mandate in {coin} al wallet qui sotto vi torna moltiplicato per due.\n\n{addr}",
        ],
        'multi': [
            "TRIPLICHIAMO 🚀 Invia {a1} {coin}, ricevi {a3} {coin}. Fino a esaurimento fondi.\n{addr}",
            "Bonus del 100% su ogni trasferimento in {coin} durante la diretta. Indirizzo ufficiale: {addr}",
        ],
        'tier': [
            "🎁 Giveaway {name} 🎁\n{tiers}\nIndirizzo: {addr}\nMancano {mins} minuti!",
            "Funziona così:\n{tiers}\n👉 {addr}\nIl rimborso è automatico.",
        ],
        'sent': [
            "Già restituiti a questi wallet ✅\n{txtable}\nAncora aperto per poco: {addr}",
        ],
        'link_event': [
            "Evento live con {total} {coin} da distribuire alla community. Tutte le info sul sito ufficiale: {url}",
            "Ci siamo! Il giveaway è attivo, sbrigati prima che finisca 👉 {url}",
            "{name} festeggia l'anniversario regalando {coinname}. Segui i passaggi qui: {url}",
        ],
        'link_qr': [
            "Scansiona il QR code nella pagina dell'evento con il tuo wallet e ricevi il doppio 👇 {url}",
        ],
        'link_drainer': [
            "L'airdrop di {token} è attivo 🪂 Collega il wallet e riscatta la tua parte prima della chiusura: {url}",
            "Complimenti, il tuo wallet è idoneo al programma premi di {brand}. Riscatta qui: {url}",
        ],
        'link_validate': [
            "Utenti {brand}: a causa dell'aggiornamento della rete dovete convalidare il wallet entro 24 ore, altrimenti verrà limitato. Sincronizza qui: {url}",
        ],
        'drop': [
            "Regalo {a1} {coin} a 20 persone estratte a caso 🎁 Lasciate il vostro indirizzo {coin} nei commenti 👇",
            "Scrivete il vostro wallet qui sotto, stasera faccio partire qualche regalo. Nessuna fregatura 😎",
        ],
        'dm': [
            "Ho ancora 15 posti per il giro del doppio. Scrivetemi in privato e vi spiego 📩",
        ],
        'recovery': [
            "Mi avevano truffato {a1} {coin} con una finta piattaforma di trading e {expert} mi ha recuperato tutto in pochi giorni. Contattatelo su Telegram: {tg}",
            "Non mollare, scrivi a {handle}. Recuperano crypto rubate, con me ha funzionato.",
        ],
        'support': [
            "Ciao, ci scusiamo per il disagio. Contatta il nostro supporto su Telegram {support} così risolviamo subito.",
            "Abbiamo ricevuto il tuo reclamo. Compila il modulo su {url} e un operatore ti ricontatterà entro 2 ore.",
        ],
    },
    'hn': {
        'news_quote': [
            "Diversi account verificati sono stati violati oggi pomeriggio, tra cui quello di {name}. I post promettevano di raddoppiare qualsiasi {coin} inviato a {addr}. È una truffa: non inviate nulla.",
            "Attenzione: una finta diretta rimanda a {scamdomain}, dove promettono di «raddoppiare» quello che mandi. Il sito è stato segnalato.",
            "Secondo i ricercatori, l'indirizzo {addr} ha ricevuto decine di depositi nella prima ora. Nessuno è stato restituito.",
        ],
        'warning': [
            "Promemoria: nessuno raddoppierà le vostre crypto. Né un vip, né un exchange, né una onlus. «Invia per ricevere» = truffa.",
            "Non vi scriveremo mai per primi e non vi chiederemo mai la frase di recupero. Assistenza ufficiale solo su {offdomain}.",
            "Occhio a chi si offre di «recuperare» i soldi dopo una truffa: quasi sempre è la seconda puntata della stessa truffa.",
        ],
        'victim_ask': [
            "Qualcuno sa se {scamdomain} è affidabile? L'ho visto in una diretta su YouTube, dicono che ti ridanno il doppio",
            "Mi hanno girato questo indirizzo {addr} dicendo che restituiscono x2. Vero o truffa? Meglio chiedere prima",
        ],
        'victim_lost': [
            "Ho mandato {amount} a uno di quei giveaway del «doppio» e non è tornato niente. Che figura. Si può fare qualcosa?",
            "Ho collegato il wallet a un sito di «mint gratis» e me l'hanno svuotato in pochi secondi. Persi circa {amount}.",
        ],
        'victim_support': [
            "@{exch} il mio prelievo è bloccato da 3 giorni e nessuno risponde. Che succede??",
        ],
        'reply_callout': [
            "Questo account è stato hackerato. NON mandate niente, nessuno vi ridarà il doppio.",
            "Truffa da manuale. Segnalato, fatelo anche voi.",
        ],
        'quote_callout': [
            "Account compromesso. L'indirizzo nel post è dei truffatori, non interagite.",
        ],
        'hacked_notice': [
            "Il nostro account è stato violato stamattina. I post sulle criptovalute non sono nostri e sono stati rimossi. Non inviate nulla a nessun indirizzo.",
            "Ho recuperato il profilo. Quel «giveaway» NON ero io. Se qualcuno ha inviato qualcosa, avvisi subito il proprio exchange. Scusate tutti.",
        ],
        'donation': [
            "La nostra raccolta per gli alluvionati accetta ora donazioni in {coin}: {addr}. Pubblichiamo ogni movimento nel rendiconto mensile.",
            "Grazie a chi ha donato al rifugio! Se volete contribuire in {coin}, l'indirizzo è {addr}. Bilanci su {offdomain}.",
        ],
        'tipjar': [
            "Se i miei video vi sono stati utili, potete offrirmi un caffè in {coin}: {addr} Grazie ☕",
        ],
        'freelancer': [
            "Per i clienti che pagano in {coin}: il mio indirizzo è {addr}. Confermatelo con me via mail prima di inviare, per favore.",
        ],
        'exchange_promo': [
            "Nuovi utenti: {pct} di sconto sulle commissioni per 30 giorni. Regolamento su {offdomain}/promo. Non chiediamo mai di inviare fondi per ricevere premi.",
        ],
        'legit_giveaway': [
            "🎁 CONCORSO: in palio 3 maglie autografate! Per partecipare: like, RT e follow. Estrazione venerdì. Non vi chiederemo mai soldi né dati del wallet.",
        ],
        'airdrop_official': [
            "L'airdrop di {token} è riscattabile. L'UNICO sito è {offdomain}/claim. Nessuna commissione e nessun DM da parte nostra.",
        ],
        'nft_mint': [
            "La nuova collezione si minta giovedì alle 18:00. Solo su {offdomain}. Link di «mint gratis» in DM = truffa.",
        ],
        'price_talk': [
            "Il BTC è praticamente raddoppiato da marzo e c'è ancora chi dice che è tardi 🤷",
            "Long con leva x2, stop sotto il minimo settimanale. Non è un consiglio.",
            "Se lo sblocco dei token va liscio, questa può fare x10. Un «se» bello grosso.",
        ],
        'yield': [
            "Il pool di stablecoin rende il {pct} APY questa settimana. Variabile, e il rischio del contratto c'è.",
        ],
        'release_notes': [
            "È uscita la versione {ver} del wallet: stima commissioni migliorata, invii taproot e avviso se l'indirizzo incollato è diverso da quello copiato. Scaricatela solo da {offdomain}.",
        ],
        'conference': [
            "Biglietti disponibili per il meetup Bitcoin di {city}! Talk su autocustodia e su come riconoscere le truffe. Iscrizioni: {offdomain}",
        ],
        'meme': [
            "«Mandami 1 BTC che te ne rimando 2». Fratello, se ne avessi 2 non ti servirebbe il mio 😂",
            "Il mio portafoglio va benissimo finché non lo apro",
        ],
    },
    'hist': {
        'sports': [
            "Vittoria in casa! {score} contro {team}. Grazie ragazzi, ci avete spinto fino alla fine 💙",
            "I convocati per la trasferta contro {team}. Forza!",
            "Allenamento a porte aperte {day} a {city}. Vi aspettiamo.",
            "Pareggio sofferto in trasferta. Testa alla prossima.",
            "Biglietti per il derby in vendita da {day}, abbonati con prelazione.",
        ],
        'food': [
            "È tornata la stagione della zucca 🎃 Nei nostri locali di {city} da {day}.",
            "Stasera brasato al vino rosso con polenta. Restano {n} tavoli.",
            "Chiusi per evento privato. Ci vediamo martedì!",
            "Avete votato voi: la pizza con la 'nduja resta in menù.",
            "Nuova apertura a {city}, presto tutti i dettagli.",
        ],
        'music': [
            "{city}, che serata! Avete cantato ogni canzone con me ❤️",
            "Il nuovo singolo esce {day} a mezzanotte. Sono agitatissimo 🙈",
            "Prove per il tour iniziate oggi. Mancano {n} giorni!",
            "{n} anni dal primo disco. Grazie di essere ancora qui.",
        ],
        'general': [
            "Buongiorno a tutti ☀️",
            "Che settimana. Buon weekend!",
            "Grazie per tutti i messaggi, davvero.",
        ],
    },
    'hijacked': [
        ('us_portosole', 'US Portosole', 'sports'),
        ('trattoriadelgallo', 'Trattoria del Gallo', 'food'),
        ('matteoserrani', 'Matteo Serrani', 'music'),
    ],
    'scammers': {
        'giveaway': [('giveaway_btc_it', 'Giveaway BTC Ufficiale'), ('evento_crypto_x2', 'Evento Crypto x2'),
                     ('regalo_bitcoin_it', 'Regalo Bitcoin 🎁')],
        'drainer': [('airdrop_italia', 'Airdrop Italia'), ('riscatta_token', 'Riscatta Token')],
        'recovery': [('giulia_investe', 'Giulia 🌸'), ('recupero_crypto', 'Recupero Crypto')],
        'support': [('assistenza_wallet', 'Assistenza Wallet'), ('supporto_clienti24', 'Supporto Clienti 24h')],
    },
    'normals': [
        ('news', 'criptonotizie_it', 'CriptoNotizie', 'criptonotizie.example.it'),
        ('security', 'allerta_truffe', 'Allerta Truffe Online', 'allertatruffe.example.it'),
        ('exchange', 'cambiovivo', 'CambioVivo Exchange', 'cambiovivo.it'),
        ('charity', 'casadelsorriso', 'Casa del Sorriso Onlus', 'casadelsorriso.org'),
        ('trader', 'marco_grafici', 'Marco | grafici', None),
        ('project', 'wallet_aurora', 'Aurora Wallet', 'aurorawallet.it'),
        ('events', 'btc_milano_meet', 'Bitcoin Meetup Milano', 'btcmilano.example.it'),
    ],
    'people': ['marco', 'giulia', 'luca', 'sara', 'davide', 'chiara', 'fede', 'ale', 'matte', 'vale'],
    'people_names': ['Marco', 'Giulia', 'Luca R.', 'Sara 🌻', 'Davide', 'Chiara', 'Fede', 'Ale', 'Matteo', 'Vale'],
    'fills': {'city': ['Milano', 'Torino', 'Napoli', 'Bologna', 'Firenze', 'Palermo', 'Bari'],
              'team': ['il Borgo Calcio', "l'Atletico Collina", 'la Virtus Laguna', 'il Real Pineta'],
              'day': ['sabato', 'giovedì', 'venerdì', 'mercoledì']},
    'keywords': ['invia', 'manda', 'doppio', 'raddoppi', 'giveaway', 'regalo', 'restitui', 'ricevi', 'wallet',
                 'indirizzo', 'bonus', 'riscatta', 'gratis'],
    'tierwords': ('Invii', 'ricevi'),
}
