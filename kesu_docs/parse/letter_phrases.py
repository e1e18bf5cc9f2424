"""The set phrases a complaint letter is read from (:mod:`.letters`), every language in one table.

A customer writes its complaint letter in its own language: ``Dear Sir or Madam`` / ``Yours
faithfully``, ``尊敬的…`` / ``此致 敬礼``, ``Sehr geehrte Damen und Herren`` / ``Mit freundlichen
Grüßen``, ``Madame, Monsieur`` / ``Veuillez agréer…``, ``Estimados señores`` / ``Atentamente``.
Each role below lists, per language, the phrases that play it; :mod:`.letters` joins each role's
phrases of all languages into one pattern, so a language is added here and nowhere else.

The phrases are matched against the text folded as labels are (full-width forms half-width,
traditional script simplified: ``料號`` is ``料号``, ``順頌商祺`` is ``顺颂商祺``) and without
regard to case. They are regular-expression fragments (``\\s+`` between words, ``[ée]`` where
a keyboard may drop the accent); a fragment beginning or ending with a Latin letter is matched
as whole words only (``lot`` is no part of ``pilot``), a Chinese one anywhere (Chinese has no
spaces). Figures, dates and codes are not here: their shapes are the readers' own
(:func:`.units.counts_in_text`, :func:`kesu_docs.values.parse_date`).
"""

from __future__ import annotations

# a role → its phrases by language (en, zh: simplified script, de, fr, es)
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    # a line that opens the letter (the whole line, its name or title after it)
    "salutation": {
        "en": (
            r"dear\b.{0,60}",
            r"to\s+whom\s+it\s+may\s+concern",
            r"(?:hi|hello)\b.{0,40}",
            # the addressee's department alone on its line, a colon after it ("Quality Dept.:")
            r"(?:[a-z&/\-]+\s+){1,4}(?:dept\.?|department|team)\s*:",
            r"att(?:n\.?|ention)\s*:?\s*.{1,60}",
        ),
        "zh": (
            r"尊敬的.{1,40}",
            r"致\s*[:：].{1,40}",
            r"致\s+.{1,40}",  # "致 浙江某某有限公司：" (致 before a space or a colon only: 致命缺陷：is a label)
            r"敬启者",
            r".{0,30}您好",
            r".{1,30}你好",
            # the addressee alone on its line, a colon after it (称呼): "浙江某某有限公司质量部："
            r".{1,40}(?:公司|工厂|厂|部|科|处|中心|先生|女士|经理|主管|总监|负责人|领导)\s*[:：]",
        ),
        "de": (r"sehr\s+geehrte[rn]?\b.{0,60}", r"guten\s+tag\b.{0,40}", r"hallo\b.{0,40}"),
        "fr": (
            r"(?:madame|monsieur|mesdames|messieurs)\b.{0,40}",
            r"ch[èe]re?s?\s.{1,40}",
            r"bonjour\b.{0,40}",
        ),
        "es": (
            r"estimad[oa]s?\b.{0,60}",
            r"muy\s+se[ñn]or(?:es)?\s+m[íi]os?",
            r"apreciad[oa]s?\b.{0,40}",
            r"hola\b.{0,40}",
        ),
    },
    # a company's legal form at the end of its name ("Dupont Mécanique SARL", "Kowalski Sp. z o.o.",
    # "香港精工有限責任公司"), beside those every reader knows (sections' Ltd, GmbH, 有限公司 …): the
    # signing company is read whole, its dots and all
    "company_suffix": {
        "en": (r"pty\.?\s+ltd\.?", r"sdn\.?\s+bhd\.?", r"berhad", r"llp", r"l\.p\."),
        "zh": (
            r"有限责任公司",
            r"股份有限公司",
            r"有限公司",
            r"株式会社",
            r"有限会社",
            r"合同会社",
            r"[(（]股[)）]\s*(?:有限)?公司",  # Taiwan's 股份有限公司 shortened: 台灣精密(股)公司
            r"[(（]股[)）]",
        ),
        "de": (r"gmbh\s*&\s*co\.?\s*kg", r"kg", r"ag", r"e\.\s?k\."),
        "fr": (r"sarl", r"sas", r"sasu", r"eurl", r"s\.a\.s\.", r"s\.a\.r\.l\."),
        "es": (r"s\.\s?l\.(?:u\.)?", r"s\.\s?a\.(?:u\.)?", r"sl", r"slu"),
        "it": (r"s\.\s?r\.\s?l\.", r"srl", r"s\.\s?p\.\s?a\.", r"spa"),
        "pl": (r"sp\.\s?z\s?o\.\s?o\.", r"s\.a\."),
        "cs": (r"s\.\s?r\.\s?o\.", r"spol\.\s+s\s+r\.\s?o\.", r"a\.\s?s\."),
        "hu": (r"kft\.?", r"zrt\.?", r"nyrt\.?", r"bt\."),
        "nordic": (r"a/s", r"asa", r"aps", r"ab", r"oy", r"oyj"),
        "nl": (r"b\.?\s?v\.?", r"n\.?\s?v\.?"),
    },
    # … or before it ("PT Maju Bersama", Indonesian; "株式会社デンソー", Japanese)
    "company_prefix": {
        "id": (r"(?-i:PT)\.?\s+(?=[A-Z])", r"(?-i:CV)\.?\s+(?=[A-Z])"),
        "zh": (r"株式会社", r"有限会社"),
    },
    # a line that closes it (the whole line: the signature block follows)
    "close": {
        "en": (
            r"yours\s+(?:faithfully|sincerely|truly)",
            r"(?:(?:with\s+)?(?:kind|best|warm)\s+)?regards",
            r"sincerely",
            r"thanks(?:\s+(?:and|&)\s+(?:best\s+)?regards)?",  # an e-mail's (pasted into a sheet)
            r"thank\s+you",
            r"best",
        ),
        "zh": (
            r"此致",
            r"此致\s*敬礼",
            r"顺[颂祝]\s*商祺",
            r"祝\s*商祺",
            r"顺祝\s*(?:商祺|工作顺利)",
            r"谢谢",
            r"祝好",
        ),
        "de": (
            r"mit\s+freundlichen\s+gr[üu](?:ß|ss)en",
            r"(?:freundliche|beste|viele)\s+gr[üu](?:ß|ss)e",
            r"hochachtungsvoll",
            r"(?:vielen\s+)?dank",
        ),
        "fr": (
            r"(?:bien\s+)?cordialement",
            r"veuillez\s+agr[ée]er\b.*",
            r"(?:sinc[èe]res|meilleures)\s+salutations",
            r"salutations\s+distingu[ée]es",
            r"merci(?:\s+d'avance)?",
        ),
        "es": (
            r"atentamente",
            r"(?:reciba\s+)?(?:un\s+)?cordial\s+saludo",
            r"saludos(?:\s+cordiales)?",
            r"(?:muchas\s+)?gracias",
        ),
    },
    # a word that says the letter complains (in the body, or in its subject line above it)
    "complains": {
        "en": (
            r"complaint",
            r"complain",
            r"defects?",
            r"defective",
            r"rejected",
            r"reject",
            r"non-?conform\w*",
            r"faulty",
            r"failures?",
        ),
        "zh": (r"投诉", r"客诉", r"抱怨", r"不良", r"异常", r"缺陷", r"不合格", r"质量问题", r"品质问题"),
        "de": (
            r"reklamation",
            r"reklamier\w*",
            r"beanstand\w*",
            r"fehlerhaft\w*",
            r"mangelhaft\w*",
            r"m[äa]ngel\w*",
        ),
        "fr": (r"r[ée]clamation", r"d[ée]fauts?", r"d[ée]fectueu\w*", r"non[\s-]conform\w*"),
        "es": (
            r"reclamaci[óo]n",
            r"reclamos?",
            r"defect\w*",
            r"no\s+conform\w*",
            r"rechazad[oa]s",
            r"quejas?",
        ),
        "id": (r"keluhan",),
    },
    # a word that names a claim: money or goods asked back over a defect ("Quality Claim", "索赔",
    # "扣款"), no form of its own (a title of these words alone lets the labels decide the form:
    # :mod:`.kinds`; the complaint sheet's titles holding one, Customer Claim, lean to it)
    "claims": {
        "en": (r"claims?", r"chargebacks?"),
        "zh": (r"索赔", r"扣款", r"赔偿", r"赔款"),
        "de": (r"schadensersatz\w*", r"gutschriftsforderung"),
        "fr": (r"indemnisation",),
        "es": (r"indemnizaci[óo]n",),
    },
    # words that withdraw a complaint already made ("we hereby withdraw our complaint", "撤回投诉"):
    # such a letter is no new complaint, whatever it counts
    "withdraws": {
        "en": (
            r"withdraw(?:s|ing)?\s+(?:our|the|this|my)\s+(?:\w+\s+)?complaint",
            r"complaint\s+(?:\S+\s+){0,6}?(?:is|has\s+been|was)\s+(?:hereby\s+)?(?:withdrawn|cancell?ed)",
            r"cancel(?:s|l?ing)?\s+(?:our|the|this|my)\s+(?:\w+\s+)?complaint",
        ),
        "zh": (
            r"撤回.{0,30}?(?:投诉|客诉)",
            r"(?:撤销|取消)(?:该|此|本|上述)?(?:投诉|客诉)",
            r"(?:投诉|客诉)\S{0,12}撤回",
        ),
        "de": (r"(?:ziehen|nehmen)\s+(?:wir\s+)?(?:\w+\s+){0,3}reklamation\s+(?:\S+\s+)*?zur[üu]ck",),
        "fr": (r"(?:retirons|annulons)\s+(?:notre|la|cette)\s+r[ée]clamation",),
        "es": (r"(?:retiramos|anulamos)\s+(?:nuestra|la|esta)\s+reclamaci[óo]n",),
    },
    # the letter's own reference, a head line "label: code" (never the addressee's "your ref")
    "reference": {
        "en": (r"our\s+ref(?:erence)?\.?", r"ref(?:erence)?\.?"),
        "zh": (r"(?:我司|投诉|客诉)?编号", r"函号", r"文号"),
        "de": (r"unser\s+zeichen", r"unsere\s+referenz", r"reklamationsnummer", r"reklamations-?nr\.?"),
        "fr": (r"notre\s+r[ée]f[ée]rence", r"n/\s?r[ée]f\.?", r"r[ée]f[ée]rence", r"r[ée]f\."),
        "es": (r"nuestra\s+referencia", r"n/\s?ref\.?", r"referencia", r"ref\."),
    },
    # the words a part number stands after ("part no. BR-4410 (Bracket)", "料号 BR-4410（支架）")
    "part": {
        "en": (r"part\s*(?:no\.?|number|#)",),
        "zh": (r"料号", r"品号", r"型号", r"零件号?", r"物料(?:编码|编号|号)?", r"产品型号"),
        "de": (r"(?:teile|artikel|sach|material)-?\s?(?:nummer|nr\.?)", r"teil-?\s?nr\.?"),
        "fr": (
            r"r[ée]f[ée]rence\s+(?:de\s+la\s+)?pi[èe]ce",
            r"pi[èe]ce\s+n\s?[°o]",
            r"n\s?[°o]\s+de\s+pi[èe]ce",
        ),
        "es": (r"(?:n[úu]mero|c[óo]digo|referencia)\s+de\s+(?:la\s+)?pieza", r"pieza\s+n\.?\s?[ºo°]"),
    },
    # the words of "part" that name the goods as well as their number ("零件 A-118", but "交货的零件
    # 1200 件"): a code after one of them alone is a part number only when it holds a letter or a
    # hyphen and no count word follows it (:mod:`.letters`)
    "part_bare": {
        "zh": (r"零件", r"物料"),
    },
    # the lot or batch ("lot B2609-3", "批号 2603-17", "Charge 2609-3")
    "lot": {
        "en": (r"lot", r"batch"),
        "zh": (r"生产批号", r"批号", r"批次号?"),
        "de": (r"charge(?:nnummer|n-?nr\.?)?", r"losnummer"),
        "fr": (r"lot", r"num[ée]ro\s+de\s+lot"),
        "es": (r"lote",),
    },
    # the customer's order ("purchase order 4400019981", "订单号 PO-7781", "Bestellung 4500…")
    "order": {
        "en": (r"purchase\s+order", r"p\.?\s?o\.?"),
        "zh": (r"采购订单号?", r"采购单号?", r"订单号?"),
        "de": (r"bestellung", r"bestellnummer", r"bestell-?nr\.?"),
        "fr": (r"bon\s+de\s+commande", r"commande"),
        "es": (r"orden\s+de\s+compra", r"pedido"),
    },
    # a number word between a label above and its code ("part no.", "Nr.", "n°", "号")
    "number_word": {
        "en": (r"no\.?", r"number", r"#"),
        "zh": (r"号", r"为", r"是"),
        "de": (r"nr\.?", r"nummer"),
        "fr": (r"n\s?[°o]\.?", r"num[ée]ro"),
        "es": (r"n\.?\s?[ºo°]\.?", r"n[úu]mero"),
    },
    # the quantity delivered, said after the count ("600 pcs delivered", "2.000 Stück geliefert")
    "delivered_after": {
        "en": (r"(?:were\s+|was\s+)?(?:delivered|shipped|received|supplied)",),
        "zh": (r"已?(?:到货|交货|送货|收货)",),
        "de": (r"(?:wurden\s+|sind\s+)?(?:geliefert|angeliefert|erhalten|empfangen)",),
        "fr": (r"(?:ont\s+[ée]t[ée]\s+|sont\s+)?(?:livr[ée]e?s?|re[çc]ue?s?)",),
        "es": (r"(?:fueron\s+)?(?:entregad[oa]s|recibid[oa]s|suministrad[oa]s)",),
    },
    # … or before it ("共 500 件", "来料 500 pcs", "Lieferung von 2.000 Stück")
    "delivered_before": {
        "en": (r"(?:delivery|shipment)\s+of", r"we\s+(?:have\s+)?received"),
        "zh": (
            r"共计?",
            r"总共",
            r"总数量?",
            r"(?:来料|交货|到货|送货|收货|进料)(?:数量?)?\s*[:：]?",
            r"(?:交货|到货|送货|收货|送来|交付|发来)的(?:零件|物料|产品|货物?)",  # "贵司交货的零件 1200 件"
            r"批量\s*[:：]?",
        ),
        "de": (r"(?:gelieferten|erhaltenen)", r"lieferung\s+(?:von|über)"),
        "fr": (r"livraison\s+de", r"nous\s+avons\s+re[çc]u"),
        "es": (r"entrega\s+de", r"recibimos", r"hemos\s+recibido"),
    },
    # the quantity complained of, said after the count ("37 pcs are defective", "37 件不良")
    "defective_after": {
        "en": (r"(?:are|were)\s+(?:found\s+)?(?:to\s+be\s+)?(?:rejected|defective|faulty|non-?conforming)",),
        # (not the 不良 of "不良数量：64" on the next line: that phrase says its own count)
        "zh": (r"(?:为|是)?\s*(?:不良|不合格)品?(?![品数量:：\s]*\d)",),
        "de": (r"(?:sind\s+|waren\s+)?(?:fehlerhaft|defekt|mangelhaft|nicht\s+in\s+ordnung)",),
        "fr": (r"(?:sont\s+|[ée]taient\s+)?(?:d[ée]fectueu(?:x|ses)|non[\s-]conformes)",),
        "es": (r"(?:son\s+|est[áa]n\s+|resultaron\s+)?(?:defectuos[oa]s|no\s+conformes|rechazad[oa]s)",),
    },
    # … or before it ("不良 37 pcs", "不良数：37 件")
    "defective_before": {
        "en": (r"rejected\s+quantity\s*:",),
        "zh": (r"(?:不良|不合格)(?:品|品数|数量?)?\s*[:：]?", r"其中"),
        "de": (r"davon",),
        "fr": (r"dont",),
        "es": (r"de\s+las?\s+cuales",),
    },
    # the count followed by the defect they show ("42 pcs show cracks at the hub")
    "showing": {
        "en": (r"(?:show|shows|showed|exhibit|exhibits|exhibited)",),
        "zh": (r"(?:出现|存在|发现)",),
        "de": (r"(?:zeigen|weisen)",),
        "fr": (r"(?:pr[ée]sentent|montrent)",),
        "es": (r"(?:presentan|muestran)",),
    },
    # the words before a count of the rejected parts that the defect itself follows, no verb
    # between ("其中 132 件壳体砂眼，…"): the defect is the rest of the sentence
    "defect_after_count": {
        "en": (),
        "zh": (r"其中",),
        "de": (),
        "fr": (),
        "es": (),
    },
    # a clause that says what the defect caused, not what it is ("，严重影响我司生产"): the defect
    # said before it ends there
    "consequence": {
        "en": (),
        "zh": (r"严重影响", r"影响", r"导致", r"造成", r"致使"),
        "de": (),
        "fr": (),
        "es": (),
    },
    # the defect said with a label of its own inside the body ("不良现象：外壳划伤")
    "defect_label": {
        "en": (r"defect\s+description\s*:", r"nature\s+of\s+(?:the\s+)?defect\s*:"),
        "zh": (r"(?:不良|异常|问题)(?:现象|描述|内容)\s*(?:[:：]|为|是)", r"问题点\s*[:：]"),
        "de": (r"fehlerbild\s*:", r"fehlerbeschreibung\s*:"),
        "fr": (r"d[ée]faut\s+constat[ée]\s*:", r"description\s+du\s+d[ée]faut\s*:"),
        "es": (r"defecto\s+detectado\s*:", r"descripci[óo]n\s+del\s+defecto\s*:"),
    },
    # what the customer asks for follows ("we request the replacement …", "要求贵司退货")
    "request": {
        "en": (r"we\s+(?:hereby\s+)?(?:request|ask\s+for|require|expect|demand)",),
        "zh": (r"要求", r"请贵(?:司|公司)", r"希望贵(?:司|公司)"),
        "de": (r"wir\s+(?:bitten\s+(?:sie\s+)?um|fordern|erwarten|verlangen)",),
        "fr": (r"nous\s+(?:vous\s+)?(?:demandons|exigeons|souhaitons)",),
        "es": (r"(?:solicitamos|les\s+pedimos|exigimos|requerimos)",),
    },
    # an e-mail's greeting (the whole line): a mail complains only with a count or a request in it
    "mail_greeting": {
        "en": (r"(?:hi|hello)\b.{0,40}",),
        "zh": (r".{0,30}您好", r".{1,30}你好"),
        "de": (r"hallo\b.{0,40}", r"guten\s+tag\b.{0,40}"),
        "fr": (r"bonjour\b.{0,40}",),
        "es": (r"hola\b.{0,40}",),
    },
    # a body sending a document ("please find attached our 8D report"): a cover note, no complaint,
    # unless it also counts the parts or asks for something
    "sends_attachment": {
        "en": (
            r"please\s+find\s+(?:attached|enclosed)",
            r"attached\s+(?:is|are|please\s+find)",
            r"we\s+(?:send|enclose)",
        ),
        "zh": (r"附件(?:是|为)", r"随附", r"附上", r"请查收"),
        "de": (r"anbei\s+(?:erhalten|senden|finden)", r"im\s+anhang\s+(?:finden|erhalten|senden)"),
        "fr": (r"veuillez\s+trouver\s+ci-joint", r"ci-joint", r"en\s+pi[èe]ce\s+jointe"),
        "es": (r"adjunto\s+(?:le|les|encontrar[áa]n?)", r"adjuntamos"),
    },
    # a copy's, an enclosure's line below the signature: never the signing company
    "not_signature": {
        "en": (r"cc", r"bcc", r"c\.c\.", r"encl(?:osures?)?\.?", r"attachments?"),
        "zh": (r"抄送", r"附件"),
        "de": (r"anlagen?", r"verteiler", r"kopie"),
        "fr": (r"copie", r"pi[èe]ces?\s+jointes?", r"p\.\s?j\."),
        "es": (r"copia", r"anexos?", r"adjuntos?"),
    },
    # a label before the person to contact, under the signature ("联系人：高明", "Contact: Tom Baker"):
    # the one who reports the complaint
    "contact_label": {
        "en": (r"contact(?:\s+person)?\s*:",),
        "zh": (r"联系人\s*[:：]", r"联络人\s*[:：]", r"经办人\s*[:：]"),  # (聯絡人: Taiwan's)
        "de": (r"ansprechpartner(?:in)?\s*:", r"kontakt\s*:"),
        "fr": (r"contact\s*:", r"interlocuteur\s*:"),
        "es": (r"contacto\s*:", r"persona\s+de\s+contacto\s*:"),
    },
    # a line where an e-mail's older message begins below the newest (a reply's or a forward's
    # quote): the whole line. Lines quoted with "> " begin one too (:mod:`.letters`)
    "reply_header": {
        "en": (
            r"-{2,}\s*(?:original\s+message|forwarded\s+message|reply\s+message)\s*-{2,}",
            r"on\s.{4,120}\swrote\s*:",
        ),
        "zh": (
            r"-{2,}\s*(?:原始邮件|转发邮件|转发的邮件|回复的原邮件|原邮件)\s*-{2,}",
            r"在\s*.{4,80}写道\s*[:：]?",
            r".{2,60}于\s*.{4,60}写道\s*[:：]?",
        ),
        "de": (
            r"-{2,}\s*(?:urspr[üu]ngliche\s+nachricht|weitergeleitete\s+nachricht)\s*-{2,}",
            r"am\s.{4,120}\sschrieb\s.{0,80}:",
        ),
        "fr": (
            r"-{2,}\s*(?:message\s+d'origine|message\s+transf[ée]r[ée])\s*-{2,}",
            r"le\s.{4,120}\sa\s+[ée]crit\s*:",
        ),
        "es": (
            r"-{2,}\s*(?:mensaje\s+original|mensaje\s+reenviado)\s*-{2,}",
            r"el\s.{4,120}\sescribi[óo]\s*:",
        ),
    },
    # the older mail's header block quoted below a reply (Outlook's "From: … Sent: …"): its first
    # label, when a sending-time label follows within a few lines
    "reply_from": {
        "en": (r"from\s*:",),
        "zh": (r"发件人\s*[:：]",),
        "de": (r"von\s*:",),
        "fr": (r"de\s*:",),
        "es": (r"de\s*:",),
    },
    "reply_sent": {
        "en": (r"sent\s*:", r"date\s*:"),
        "zh": (r"发送时间\s*[:：]", r"发件时间\s*[:：]", r"时间\s*[:：]", r"日期\s*[:：]"),
        "de": (r"gesendet\s*:", r"datum\s*:"),
        "fr": (r"envoy[ée]\s*:", r"date\s*:"),
        "es": (r"enviado\s*:", r"fecha\s*:"),
    },
    # the other labels of a mail's header block ("To:", "Subject:", "主题："): with reply_from and
    # reply_sent, the lines that are no message of their own
    # (a subject line, "Subject:", is one too: the role below)
    "mail_header": {
        "en": (r"to\s*:", r"cc\s*:"),
        "zh": (r"收件人\s*[:：]", r"抄送\s*[:：]"),
        "de": (r"an\s*:",),
        "fr": (r"[àa]\s*:",),
        "es": (r"para\s*:",),
    },
    # the label of a letter's or a mail's subject line, a colon after it ("Subject: Quality claim",
    # "RE: COMPLAINT ON DEFECTIVE GOODS", "事由：", "Betreff:"): a header line of a mail, the line
    # naming what a letter is about (:mod:`.kinds` reads a general title there)
    "subject": {
        "en": (r"re", r"subject", r"subj\.?"),
        "zh": (r"主题", r"主旨", r"事由"),
        "de": (r"betreff",),
        "fr": (r"objet",),
        "es": (r"asunto",),
    },
    # a department after the signing company on its line ("Sanyo Denki Co., Ltd. Quality Dept.",
    # "Officine Rossi S.p.A. - Qualità"): no part of the company's name
    "department": {
        "en": (
            r"(?:[a-z&/\-]+\s+){0,3}(?:dept\.?|department|division|team|office)",
            r"quality(?:\s+[a-z]+){0,2}",
            r"q\.?a\.?",
            r"q\.?c\.?",
            r"purchasing",
            r"procurement",
        ),
        "de": (r"qualit[äa]ts[a-zäöüß]*", r"abteilung(?:\s+[a-zäöüß]+){0,2}", r"einkauf"),
        "fr": (r"service\s+[a-zàâçéèêëîïôûùüÿ' ]{2,30}", r"qualit[ée]"),
        "es": (r"departamento\s+de\s+[a-záéíóúñ ]{2,30}", r"calidad"),
        "it": (r"qualit[àa]", r"ufficio\s+[a-zàèéìòù ]{2,30}"),
    },
    # a label before the letter's date in its head ("Date:", "日期：", "发送时间：")
    "date_label": {
        "en": (r"date\s*:?", r"sent\s*:"),
        "zh": (r"(?:日期|发送时间|发件时间|时间)\s*[:：]?",),
        "de": (r"datum\s*:?", r"gesendet\s*:"),
        "fr": (r"date\s*:?", r"envoy[ée]\s*:"),
        "es": (r"fecha\s*:?", r"enviado\s*:"),
    },
    # the word between a town and its date ("Berlin, den 5. März 2026", "Lyon, le 5 mars 2026")
    "date_lead": {
        "en": (),
        "zh": (),
        "de": (r"den", r"am"),
        "fr": (r"le",),
        "es": (r"a", r"el"),
    },
}
