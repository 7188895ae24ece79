package dev.gantry.guard.injection;

import dev.gantry.guard.classify.Rule;
import java.util.List;
import java.util.stream.Stream;

/**
 * Weak evidence of an injection in the languages of {@link InjectionRulesMore}: moves that ordinary text also makes
 * now and then ("no limits" of a phone plan, "stop ... and instead" in advice), so each scores {@link #WEAK} and only
 * flags together with the classifier. One rule per language's pattern, each prefiltered by its own literals: joined into
 * one regex they shared a prefilter loose enough to run on every English prompt (measured: 1.3 ms a prompt).
 */
final class CrossLanguageEvidence {
    /**
     * The classifier must reach 0.375 to flag with one of these rules. At 0.7 (0.17 sufficed) "developer mode on my
     * phone" was flagged; since the classifier also reads an English gloss of these languages, it agrees on attacks.
     */
    static final double WEAK = 0.6;
    /**
     * A line addressed to the AI inside a document, or "stop ... and instead" there, is rarer in ordinary text: the
     * classifier need only reach 0.17.
     */
    static final double ADDRESSED = 0.7;
    private static final String NEAR = InjectionRulesMore.NEAR;

    /** A line of a document or e-mail addressed to the AI reading it ("AI assistant:", "to the language model"). */
    private static final List<String> ADDRESSED_TO_AI = List.of(
            "ассистент\\w* ии|ии[- ](?:ассистент|помощник)\\w*|(?:для|к|вниманию) (?:ии|нейросет\\w*|ассистент\\w*)\\b",
            "асистент\\w* ші|ші[- ](?:асистент|помічник)\\w*|(?:для|до уваги) (?:ші|асистент\\w*)\\b|\\bасистенте\\W",
            "(?:ai|人工智能)\\s*(?:助手|助理|模型)(?:请注意|注意|[:：])|致\\s*(?:ai|人工智能)|@\\s*ai\\s*(?:助手|助理)",
            "(?:ai|人工知能)\\s*(?:アシスタント|モデル)(?:へ|に|様)|(?:ai|llm)への(?:指示|注意|メッセージ)|(?:ai|llm|モデル|アシスタント|チャットボット)へ[：:]",
            "(?:ai|인공지능)\\s*(?:어시스턴트|비서|모델|챗봇)(?:에게|께|님)",
            "إلى (?:ال)?(?:مساعد|نموذج)(?: ال)?(?:ذكي|ذكاء الاصطناعي)|(?:أيها|يا) (?:ال)?مساعد (?:ال)?ذكي|ملاحظة (?:لل|إلى ال)(?:مساعد|ذكاء)|(?:إلى|لأي) (?:أي )?بوت",
            "ל(?:עוזר|מודל|בוט) ה?-?(?:בינה המלאכותית|ai|חכם)|(?:הערה|הודעה) ל(?:בינה|מודל|עוזר|בוט)",
            "دستیار هوش مصنوعی\\s*[:：]|(?:به|برای) (?:دستیار|مدل)(?: هوش مصنوعی| هوشمند)?\\s*[:：]",
            "(?:ai|एआई) (?:सहायक|असिस्टेंट|मॉडल) के लिए|(?:ai|एआई) (?:सहायक|असिस्टेंट)\\s*[:：]",
            "ถึง\\s*(?:ผู้ช่วย|โมเดล|แชทบอท)(?:\\s*(?:ai|เอไอ))?\\s*(?:ที่กำลังอ่าน|[:：])|(?:ผู้ช่วย|โมเดล)\\s*(?:ai|เอไอ)\\s*[:：]",
            "\\bgửi (?:trợ lý|mô hình|chatbot) (?:ai|trí tuệ nhân tạo)\\b|\\b(?:trợ lý|mô hình) ai\\s*:",
            "\\bπρος (?:το |τον )?(?:μοντέλο|βοηθό|chatbot)(?: ai| τεχνητής νοημοσύνης)?\\W*:|\\bσημείωση για (?:το |τον )?(?:ai|μοντέλο|βοηθό|bot)\\b",
            "\\byapay zek[aâ] (?:asistan|model)\\w*(?: not)?\\W*:|\\basistan[iı]na not\\b|\\b(?:bu \\w+ )?okuyorsan\\b",
            "\\b(?:do|dla) (?:asystenta|modelu|czatbota) (?:ai|sztucznej inteligencji)\\b|\\b(?:notatka|uwaga|wiadomość) dla (?:ai|modelu|asystenta|czatbota)\\b",
            "\\bpro (?:asistenta|model|chatbota) (?:ai|umělé inteligence)\\b|\\bpoznámka pro (?:ai|model|asistenta)\\b",
            "\\btill (?:ai-assistenten|ai-modellen|språkmodellen)\\b|\\bnotering till (?:ai|assistenten|modellen)\\b",
            "\\buntuk (?:asisten|model) (?:ai|kecerdasan buatan)\\W*:|\\b(?:catatan|pesan) untuk (?:ai|asisten|model|chatbot|bot)\\b");

    /** "Stop the summary and instead ...": a task broken off for another, the move of an injected document line. */
    private static final List<String> STOP_AND_INSTEAD = List.of(
            "(?:прекрати|перестань|останови)\\w*(?:\\W+\\w+){0,6}?\\W+вместо (?:этого|того)",
            "(?:припини|зупини|перестань)\\w*(?:\\W+\\w+){0,6}?\\W+(?:натомість|замість цього)",
            "停止" + NEAR + "(?:改为|而是|转而)", "(?:中止|やめ|止め)" + NEAR + "代わりに",
            "(?:요약|번역|작업|답변)(?:을|를)\\s*(?:멈추고|중단하고|그만하고)",
            "توقف عن\\S*(?:\\s+\\S+){0,6}?\\s+و?بدلا", "(?:הפסק|תפסיק|עצור)\\S*(?:\\s+\\S+){0,4}?\\s+(?:ובמקום|במקום זאת)",
            "(?:متوقف کن|دست بردار)(?:\\s+\\S+){0,6}?\\s+(?:و\\s+)?(?:به جای|بجای|در عوض)",
            "बंद करो(?:\\s+\\S+){0,6}?\\s+(?:और\\s+)?(?:इसके बजाय|बजाय)",
            "\\bdừng (?:việc )?\\w+(?:\\W+\\w+){0,6}?\\W+(?:thay vào đó|thay vì)\\b",
            "\\bσταμάτα\\w*(?:\\W+\\w+){0,6}?\\W+(?:αντί γι' αυτό|αντ' αυτού)",
            "\\b(?:przestań|przerwij|zatrzymaj)\\w*(?:\\W+\\w+){0,6}?\\W+(?:zamiast tego|w zamian)\\b",
            "\\b(?:přestaň|přeruš|zastav)\\w*(?:\\W+\\w+){0,6}?\\W+(?:místo toho|namísto toho)\\b",
            "\\b(?:sluta|avbryt)\\w*(?:\\W+\\w+){0,6}?\\W+(?:istället|i stället)\\b",
            "\\b(?:berhenti|hentikan)\\w*(?:\\W+\\w+){0,6}?\\W+(?:sebagai gantinya|alih-alih)\\b");

    /** "No filters, no censorship": the promise a persona jailbreak makes, in any of the languages. */
    private static final List<String> WITHOUT_FILTERS = List.of(
            "без (?:каких-(?:либо|то) |всяких |никаких )?(?:фильтров|цензуры|ограничений)", "(?:немає|без) (?:жодних )?(?:фільтрів|цензури|обмежень)",
            "(?:没有|不受|无)(?:任何)?[^。，,]{0,4}?(?:限制|过滤|审查|约束)", "(?:制限|フィルター|検閲|倫理)(?:も|が)?[^。]{0,10}?(?:ない|なし)",
            "(?:제한|필터|검열)(?:이|도|가)?\\s*(?:없는|없이)", "(?:بلا|بدون|دون)\\s*(?:أي\\s*)?(?:قيود|فلاتر|رقابة)",
            "(?:בלי|ללא)\\s*(?:שום\\s*)?(?:מגבלות|פילטרים|צנזורה)", "(?:بدون|بی)\\s*(?:هیچ\\s*)?(?:محدودیت|فیلتر|سانسور)",
            "(?:बिना|कोई)\\s*(?:किसी\\s*)?(?:सेंसर|पाबंदी|फ़िल्टर|फिल्टर|प्रतिबंध)", "ไม่มี(?:ข้อจำกัด|ตัวกรอง|การเซ็นเซอร์)",
            "\\bkhông có (?:bất kỳ |bất cứ )?(?:giới hạn|bộ lọc|kiểm duyệt|hạn chế)", "\\bχωρίς (?:κανένα |κανέναν )?(?:φίλτρο|φίλτρα|περιορισμό|περιορισμούς|λογοκρισία)",
            "\\b(?:k[iı]s[iı]tlama|filtre|sansür)\\w* (?:ya da \\w+ )?(?:olmayan|yok)", "\\bbez (?:żadnych |jakýchkoli |žádných )?(?:filtrów|ograniczeń|cenzury|filtrů|omezení)\\b",
            "\\butan (?:några )?(?:filter|begränsningar|censur)\\b", "\\btanpa (?:filter|batasan|sensor)\\b");

    /** "Your earlier guidelines no longer apply": the instructions named first, declared void after. */
    private static final List<String> SETUP_VOIDED = List.of(
            "(?:прежн|предыдущ|старые|ранее|твои)\\w*(?:\\W+\\w+){0,3}?\\W+(?:установк|правил|инструкци|указани|настройк)\\w*(?:\\W+\\w+){0,4}?\\W+больше не",
            "(?:налаштуван|правил|інструкці|вказівк)\\w*(?:\\W+\\w+){0,5}?\\W+більше не (?:мають|діють|діє)",
            "(?:הנחיות|הוראות|כללים|חוקים|הגדרות)\\S*\\s+(?:\\S+\\s+){0,2}?(?:כבר לא|אינן|לא) (?:בתוקף|רלוונטי|תקפ)",
            "(?:دستور|قوانین|قواعد|قانون)\\S*(?:\\s+\\S+){0,4}?\\s+(?:باطل|لغو شده|بیاعتبار|نامعتبر)",
            "\\b(?:προηγούμενες|παλιές|αρχικές)\\s+(?:οδηγίες|εντολές|ρυθμίσεις|κανόνες)(?:\\W+\\w+){0,3}?\\W+δεν ισχύουν",
            "\\b(?:wcześniejsze|poprzednie|dotychczasowe|twoje)\\W+(?:\\w+\\W+){0,2}?(?:wytyczne|instrukcje|polecenia|zasady|ustawienia)(?:\\W+\\w+){0,4}?\\W+(?:już )?(?:się )?nie (?:liczą|obowiązują|mają znaczenia)",
            "\\b(?:předchozí|dřívější|tvoje)\\W+(?:\\w+\\W+){0,2}?(?:pokyny|instrukce|pravidla|nastavení)(?:\\W+\\w+){0,4}?\\W+(?:už )?neplatí",
            "\\b(?:tidigare|gamla|dina)\\W+(?:\\w+\\W+){0,2}?(?:instruktioner|regler|riktlinjer|inställningar)(?:\\W+\\w+){0,4}?\\W+gäller inte",
            "\\b(?:instruksi|aturan|pedoman|pengaturan)\\w*(?:\\W+\\w+){0,3}?\\W+(?:sebelumnya|lama)\\W+(?:\\w+\\W+){0,3}?(?:tidak berlaku|dibatalkan)",
            "\\b(?:hướng dẫn|quy tắc|cài đặt)\\w*(?:\\W+\\w+){0,3}?\\W+(?:trước đó|cũ)\\W+(?:\\w+\\W+){0,3}?(?:không còn hiệu lực|bị hủy|vô hiệu)",
            "(?:以前|これまで|ここまで|前)の" + NEAR + "(?:指示|ルール|設定)" + NEAR + "(?:無効|取り消|リセット)",
            "(?:이전|기존|예전)\\s*(?:\\S+\\s*){0,2}?(?:지시|지침|규칙|설정)\\S*\\s*(?:\\S+\\s*){0,3}?(?:무효|취소|적용되지)",
            "(?:كل |جميع )?(?:ال)?(?:تعليمات|توجيهات|إعدادات|قواعد)\\S*\\s+(?:ال)?(?:سابقة|قديمة)\\s+(?:\\S+\\s+){0,2}?(?:لم تعد|ملغاة|باطلة)",
            "(?:पिछले|पुराने|पहले के)\\s+(?:\\S+\\s+){0,2}?(?:निर्देश|नियम|सेटिंग)\\S*\\s+(?:\\S+\\s+){0,3}?(?:रद्द|अमान्य|लागू नहीं)");

    /** Words for the hidden set-up ("system message", "the text above this line", "initial instructions"). */
    private static final List<String> SETUP_TERMS = List.of(
            "(?:текст|всё|все)\\w*(?:\\W+\\w+){0,3}?\\W+выше (?:этого|этой) (?:сообщени|строк)\\w*|системн\\w* (?:указани|сообщени)\\w* разработчик\\w*|первоначальн\\w* инструкци\\w*",
            "(?:текст|все)\\w*(?:\\W+\\w+){0,3}?\\W+вище (?:цього|цієї) (?:повідомлен|рядк)\\w*|системн\\w* повідомленн\\w*|початков\\w* інструкці\\w*",
            "系统消息|系统指令|初始指令|开发者(?:的)?(?:指令|消息)|(?:这|此)(?:条|行)(?:消息|文字)?(?:之)?(?:上面|上方|以上)的(?:所有)?(?:内容|文字)",
            "システムメッセージ|最初の指示|開発者(?:の|から)(?:指示|メッセージ)|この(?:行|メッセージ)より(?:上|前)の",
            "시스템\\s*메시지|초기\\s*(?:지시|지침|설정)|개발자(?:의|가 준)?\\s*(?:지시|메시지)|이\\s*(?:줄|메시지)\\s*위의",
            "رسالة النظام|التعليمات الأولية|تعليمات المطور|فوق هذا السطر", "הוראות המערכת|ההודעה הראשונה|הנחיות המפתח|מעל השורה הזו",
            "پیام سیستم|دستورات اولیه|دستورالعمل\\S* اولیه|بالای این خط", "सिस्टम संदेश|शुरुआती निर्देश|डेवलपर के निर्देश|इस लाइन के ऊपर",
            "ข้อความระบบ|คำสั่งเริ่มต้น|คำสั่งของนักพัฒนา|เหนือบรรทัดนี้",
            "\\btin nhắn hệ thống\\b|\\bchỉ dẫn ban đầu\\b|\\bphía trên dòng này\\b",
            "\\bμήνυμα συστήματος\\b|\\bαρχικές οδηγίες\\b|\\bπάνω από αυτή τη γραμμή\\b",
            "\\bsistem (?:istemi|mesajı|mesajini)\\b|\\bilk talimatlar\\w*|\\bbu mesaj[iı]n üstünde\\b|\\bgeliştiric\\w* talimat\\w*",
            "\\bwiadomość systemow\\w*|\\bpoczątkowe instrukcje\\b|\\btekst powyżej tej\\b|\\bsystémov\\w* zpráv\\w*|\\bpočáteční pokyny\\b",
            "\\bsystemmeddelande\\w*|\\bursprungliga instruktioner\\w*|\\btexten ovanför\\b|\\bpesan sistem\\b|\\binstruksi awal\\b|\\bteks di atas pesan\\b");

    /** A notice from "the admin" that the assistant's configuration changed: the operator's voice, faked. */
    private static final List<String> FAKE_UPDATE = List.of(
            "администратор\\w*(?:\\W+\\w+){0,4}?\\W+(?:конфигураци|настройк)\\w*", "адміністратор\\w*(?:\\W+\\w+){0,4}?\\W+(?:конфігураці|налаштуван)\\w*",
            "管理员" + NEAR + "(?:配置|设置|设定)", "(?:運営|管理者)[^。！？!?\\n]{0,24}?(?:設定|構成)", "관리자" + NEAR + "설정",
            "(?:الإدارة|المسؤول|المدير)\\S*(?:\\s+\\S+){0,4}?\\s+\\S*(?:إعدادات|اعدادات|تكوين)", "מנהל\\S*(?:\\s+\\S+){0,4}?\\s+\\S*הגדרות|הגדרות\\S*(?:\\s+\\S+){0,4}?\\s+(?:על ידי )?ה?מנהל",
            "مدیر\\S*(?:\\s+\\S+){0,4}?\\s+(?:پیکربندی|تنظیمات)", "(?:एडमिन|व्यवस्थापक)(?:\\s+\\S+){0,6}?\\s+(?:configuration|कॉन्फ़िगरेशन|सेटिंग)",
            "ผู้ดูแลระบบ" + NEAR + "(?:การตั้งค่า|ตั้งค่า)", "\\bquản trị viên\\b(?:\\W+\\w+){0,4}?\\W+(?:cấu hình|cài đặt)\\b",
            "\\bδιαχειριστ\\w*(?:\\W+\\w+){0,4}?\\W+ρυθμίσ\\w*", "\\byönetici\\w*(?:\\W+\\w+){0,4}?\\W+(?:yap[iı]land[iı]rma|ayar)\\w*",
            "\\badministrator\\w*(?:\\W+\\w+){0,4}?\\W+(?:konfiguracj|ustawie)\\w*", "\\bsprávce\\w*(?:\\W+\\w+){0,4}?\\W+(?:nastavení|konfigurac)\\w*",
            "\\badmin\\w*(?:\\W+\\w+){0,4}?\\W+(?:konfiguration|inställningar|konfigurasi|pengaturan)\\w*");

    /** Asking for the set-up in another form: its first message, what came before "User:", the rules as a poem. */
    private static final List<String> SETUP_REQUESTS = List.of(
            "перв\\w* сообщени\\w*(?:\\W+\\w+){0,2}?\\W+(?:в )?(?:этом )?(?:диалог|разговор|чат)\\w*|до моего первого сообщени\\w*|(?:свои|твои|ваши) (?:внутренн\\w* )?(?:правила|инструкции)(?:\\W+\\w+){0,4}?\\W+(?:в (?:форме|виде) )?(?:стих|поэм)\\w*",
            "перш\\w* повідомленн\\w*|(?:свої|твої) (?:внутрішні )?(?:правила|інструкції)(?:\\W+\\w+){0,3}?\\W+(?:у формі |як )?(?:вірш|поем)\\w*",
            "(?:对话|聊天)里?[“\"]?user:?[”\"]?之前|(?:第一条|最初的)(?:消息|指令)|(?:你的|给你的)(?:规则|指令|设定)" + NEAR + "(?:写成|变成|翻译成)",
            "最初(?:に|の)(?:あなたが)?(?:受け取った)?(?:メッセージ|指示)|(?:あなたの|与えられた)(?:ルール|指示)" + NEAR + "(?:詩|翻訳)",
            "(?:너한테|너에게|당신에게) 주어진 (?:지침|지시|규칙)|첫 (?:번째 )?메시지",
            "(?:القواعد|التعليمات) (?:اللي|التي) (?:أعطوك|اعطوك|أعطيت لك|وصلتك)|(?:أول|الأولى) رسالة|الرسالة الأولى",
            "ההודעה הראשונה|(?:הכללים|ההוראות|ההנחיות) ש(?:קיבלת|נתנו לך)",
            "(?:دستورات|دستورالعمل\\S*|قوانین)ی? که (?:اول|ابتدای|قبل از) \\S+ (?:بهت|به تو|به شما)|اولین پیام",
            "(?:rules|नियम|निर्देश)\\S*(?:\\s+\\S+){0,3}?\\s+(?:शुरू में|पहले) (?:दिए|बताए)|पहला संदेश",
            "ก่อนคำว่า\\s*[\"“]?user|ข้อความแรก", "\\bcác quy tắc mà bạn được (?:cài đặt|thiết lập|giao)\\b|\\btin nhắn đầu tiên\\b",
            "\\bπρώτο μήνυμα\\b", "\\bsana verilen (?:gizli )?(?:talimat|kural)\\w*|\\bilk mesaj\\w*",
            "\\bzasady,? które dostałeś\\b|\\bpierwsz\\w* wiadomoś\\w*", "\\bprvní zprávu\\b|\\bpokyny,? které jsi dostal\\b",
            "\\bdina ursprungliga instruktioner\\b|\\binnan min första fråga\\b|\\bförsta meddelandet\\b",
            "\\binstruksi sistem kamu\\b|\\bpesan pertama\\b");

    /** An alter ego: a developer mode, an uncensored twin answer, a world where AI has no rules. */
    private static final List<String> ALTER_EGO = List.of(
            "режим\\w* разработчик\\w*|режим\\w* розробник\\w*|без цензур\\w*|нецензурн\\w* верси\\w*",
            "开发者模式|两次" + NEAR + "(?:不受任何限制|无限制|没有限制)|(?:没有|无)(?:任何)?(?:规则|法律)的世界",
            "(?:ルール|規則)(?:が|の)?(?:一切)?ない世界|開発者モード", "개발자\\s*모드|(?:dan|무제한)\\s*(?:모드|답변)",
            "وضع المطور|(?:لا توجد|بدون|بلا) (?:فيه )?(?:قوانين|قواعد) (?:لل)?ذكاء", "מצב מפתח|(?:גרסה|גירסה) (?:לא מצונזרת|ללא צנזורה)",
            "حالت (?:توسعه|توسعهدهنده)|هوش مصنوعی هیچ (?:قانونی|قاعده\\S*) ن", "डेवलपर मोड|बिना (?:रोक-टोक|सेंसर)",
            "โหมด(?:นักพัฒนา|developer)|ไม่เซ็นเซอร์", "\\bchế độ (?:nhà phát triển|developer)\\b|\\bai không có (?:luật lệ|quy tắc)\\b",
            "\\bλειτουργία (?:προγραμματιστή|developer)\\b|\\bχωρίς λογοκρισία\\b", "\\bgeliştirici mod\\w*|\\bsansürsüz\\b|\\bhiç kuralı olmayan\\b",
            "\\btryb\\w* (?:dewelopera|programisty)\\b|\\bai nie ma żadnych ograniczeń\\b|\\bvývojářsk\\w* režim\\w*|\\bbez cenzury\\b",
            "\\butvecklarläge\\w*|\\bocensurerad\\w*|\\bmode (?:pengembang|developer)\\b|\\bai bebas tanpa aturan\\b");

    static final List<Rule> RULES = Stream.of(
            evidence("indirect instruction", ADDRESSED_TO_AI, ADDRESSED), evidence("indirect instruction", STOP_AND_INSTEAD, ADDRESSED),
            weak("role hijack", WITHOUT_FILTERS), weak("instruction override", SETUP_VOIDED),
            weak("system prompt extraction", SETUP_TERMS), weak("instruction override", FAKE_UPDATE),
            weak("system prompt extraction", SETUP_REQUESTS), weak("role hijack", ALTER_EGO)).flatMap(List::stream).toList();

    private CrossLanguageEvidence() {
    }

    private static List<Rule> weak(String label, List<String> patterns) {
        return evidence(label, patterns, WEAK);
    }

    private static List<Rule> evidence(String label, List<String> patterns, double score) {
        return patterns.stream().map(p -> InjectionRulesMore.rule(label, "more", score, p)).toList();
    }
}
