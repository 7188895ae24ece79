package dev.gantry.guard.injection;

import dev.gantry.guard.classify.LightNormalizer;
import dev.gantry.guard.classify.Rule;
import java.util.List;

/**
 * The override, prompt-extraction and persona moves in languages beyond {@link InjectionRules}' main ones: Russian,
 * Ukrainian, Chinese, Japanese, Korean, Arabic, Hebrew, Persian, Hindi, Thai, Vietnamese, Greek, Turkish, Polish,
 * Czech, Swedish and Indonesian. Written in lower case with their accents for readability, and brought into the form
 * {@link LightNormalizer} gives text by {@link LightNormalizer#foldPattern}. Where a verb also has an everyday sense ("skip the installation guide", "cancel
 * my order", "I am used to the rules") the pattern also needs "previous" or "above", or the object of an AI's rules.
 */
final class InjectionRulesMore {
    private static final String GAP = "(?:\\W+\\w+){0,4}?\\W+";
    /** Up to a dozen characters inside one sentence, for scripts written without spaces. */
    private static final String NEAR = "[^。！？!?\\n]{0,12}?";

    /** A line of a document or e-mail addressed to the AI reading it ("AI assistant:", "to the language model"). */
    private static final String ADDRESSED_TO_AI = String.join("|",
            "ассистент\\w* ии|ии[- ](?:ассистент|помощник)\\w*|(?:для|к|вниманию) (?:ии|нейросет\\w*|ассистент\\w*)\\b",
            "асистент\\w* ші|ші[- ](?:асистент|помічник)\\w*|(?:для|до уваги) (?:ші|асистент\\w*)\\b|\\bасистенте\\W",
            "(?:ai|人工智能)\\s*(?:助手|助理|模型)(?:请注意|注意|[:：])|致\\s*(?:ai|人工智能)",
            "(?:ai|人工知能)\\s*(?:アシスタント|モデル)(?:へ|に|様)|(?:ai|llm)への(?:指示|注意|メッセージ)|(?:ai|llm|モデル|アシスタント|チャットボット)へ[：:]",
            "(?:ai|인공지능)\\s*(?:어시스턴트|비서|모델|챗봇)(?:에게|께|님)",
            "إلى (?:ال)?(?:مساعد|نموذج)(?: ال)?(?:ذكي|ذكاء الاصطناعي)|(?:أيها|يا) (?:ال)?مساعد (?:ال)?ذكي|ملاحظة (?:لل|إلى ال)(?:مساعد|ذكاء)",
            "ל(?:עוזר|מודל|בוט) ה?(?:בינה המלאכותית|ai|חכם)|הערה ל(?:בינה|מודל|עוזר)",
            "دستیار هوش مصنوعی\\s*[:：]|(?:به|برای) (?:دستیار|مدل)(?: هوش مصنوعی| هوشمند)?\\s*[:：]",
            "(?:ai|एआई) (?:सहायक|असिस्टेंट|मॉडल) के लिए|(?:ai|एआई) (?:सहायक|असिस्टेंट)\\s*[:：]",
            "ถึง\\s*(?:ผู้ช่วย|โมเดล|แชทบอท)(?:\\s*(?:ai|เอไอ))?\\s*[:：]|(?:ผู้ช่วย|โมเดล)\\s*(?:ai|เอไอ)\\s*[:：]",
            "\\bgửi (?:trợ lý|mô hình|chatbot) (?:ai|trí tuệ nhân tạo)\\b|\\b(?:trợ lý|mô hình) ai\\s*:",
            "\\bπρος (?:το |τον )?(?:μοντέλο|βοηθό|chatbot)(?: ai| τεχνητής νοημοσύνης)?\\W*:|\\bσημείωση για (?:το |τον )?(?:ai|μοντέλο|βοηθό)\\b",
            "\\byapay zek[aâ] (?:asistan|model)\\w*(?: not)?\\W*:|\\basistan[iı]na not\\b",
            "\\b(?:do|dla) (?:asystenta|modelu|czatbota) (?:ai|sztucznej inteligencji)\\b|\\b(?:notatka|uwaga|wiadomość) dla (?:ai|modelu|asystenta|czatbota)\\b",
            "\\bpro (?:asistenta|model|chatbota) (?:ai|umělé inteligence)\\b|\\bpoznámka pro (?:ai|model|asistenta)\\b",
            "\\btill (?:ai-assistenten|ai-modellen|språkmodellen)\\b|\\bnotering till (?:ai|assistenten|modellen)\\b",
            "\\buntuk (?:asisten|model) (?:ai|kecerdasan buatan)\\W*:|\\b(?:catatan|pesan) untuk (?:ai|asisten|model|chatbot|bot)\\b");

    /** "Stop the summary and instead ...": a task broken off for another, the move of an injected document line. */
    private static final String STOP_AND_INSTEAD = String.join("|",
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
    private static final String WITHOUT_FILTERS = String.join("|",
            "без (?:каких-(?:либо|то) |всяких |никаких )?(?:фильтров|цензуры|ограничений)", "(?:немає|без) (?:жодних )?(?:фільтрів|цензури|обмежень)",
            "(?:没有|不受|无)(?:任何)?[^。，,]{0,4}?(?:限制|过滤|审查|约束)", "(?:制限|フィルター|検閲|倫理)(?:も|が)?[^。]{0,10}?(?:ない|なし)",
            "(?:제한|필터|검열)(?:이|도|가)?\\s*(?:없는|없이)", "(?:بلا|بدون|دون)\\s*(?:أي\\s*)?(?:قيود|فلاتر|رقابة)",
            "(?:בלי|ללא)\\s*(?:שום\\s*)?(?:מגבלות|פילטרים|צנזורה)", "(?:بدون|بی)\\s*(?:هیچ\\s*)?(?:محدودیت|فیلتر|سانسور)",
            "(?:बिना|कोई)\\s*(?:किसी\\s*)?(?:सेंसर|पाबंदी|फ़िल्टर|फिल्टर|प्रतिबंध)", "ไม่มี(?:ข้อจำกัด|ตัวกรอง|การเซ็นเซอร์)",
            "\\bkhông có (?:bất kỳ |bất cứ )?(?:giới hạn|bộ lọc|kiểm duyệt|hạn chế)", "\\bχωρίς (?:κανένα |κανέναν )?(?:φίλτρο|φίλτρα|περιορισμό|περιορισμούς|λογοκρισία)",
            "\\b(?:k[iı]s[iı]tlama|filtre|sansür)\\w* (?:ya da \\w+ )?(?:olmayan|yok)", "\\bbez (?:żadnych |jakýchkoli |žádných )?(?:filtrów|ograniczeń|cenzury|filtrů|omezení)\\b",
            "\\butan (?:några )?(?:filter|begränsningar|censur)\\b", "\\btanpa (?:filter|batasan|sensor)\\b");

    /** "Your earlier guidelines no longer apply": the instructions named first, declared void after. */
    private static final String SETUP_VOIDED = String.join("|",
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
    private static final String SETUP_TERMS = String.join("|",
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

    private InjectionRulesMore() {
    }

    private static Rule rule(String label, String language, double score, String regex) {
        return Rule.of(label, language, score, LightNormalizer.foldPattern(regex));
    }

    private static Rule override(String language, String regex) {
        return rule("instruction override", language, 0.95, regex);
    }

    private static Rule extraction(String language, String regex) {
        return rule("system prompt extraction", language, 0.95, regex);
    }

    private static Rule persona(String language, String regex) {
        return rule("role hijack", language, 0.9, regex);
    }

    /** Evidence that is also ordinary now and then ("no limits", "stop and instead"): counts with the classifier. */
    private static Rule weak(String label, String regex) {
        return rule(label, "more", 0.7, regex);
    }

    static final List<Rule> RULES = List.of(
            override("ru", "(?:забудь|забудьте|игнорируй|проигнорируй|не обращай внимания на|не следуй|отмени)" + GAP
                    + "(?:инструкци\\w*|указани\\w*|правил\\w*|команд\\w*)|(?:сказано|написано) выше(?:\\W+\\w+){0,2}?\\W+не действует"),
            extraction("ru", "системн\\w* (?:промпт|подсказк|инструкци)\\w*|скрыт\\w* (?:инструкци|указани)\\w*"),
            persona("ru", "(?:отныне|теперь|с этого момента),? ты(?:\\W+\\w+){0,3}?\\W+(?:без (?:ограничений|правил|фильтров|цензуры)|dan)\\b"
                    + "|(?:представь|притворись),? что у тебя нет"),
            override("uk", "(?:забудь|ігноруй|проігноруй|не зважай на|скасуй)" + GAP + "(?:інструкці\\w*|вказівк\\w*|вказівок|правил\\w*|команд\\w*)"
                    + "|(?:написано|сказано) вище(?:\\W+\\w+){0,2}?\\W+не діє"),
            extraction("uk", "системн\\w* (?:промпт|повідомленн|інструкці)\\w*|приховані (?:інструкці|вказівк)\\w*"),
            persona("uk", "(?:відтепер|тепер|з цього моменту),? ти(?:\\W+\\w+){0,3}?\\W+(?:без (?:обмежень|правил|фільтрів|цензури)|dan)\\b"
                    + "|уяви,? що в тебе немає"),
            override("zh", "(?:忽略|无视|忘记|忘掉|不要理会|不要理睬|不用管|别管)" + NEAR + "(?:指令|指示|规则|设定|命令|限制)"
                    + "|(?:之前|以前|先前|以上|上面|前面)" + NEAR + "(?:指令|指示|规则|设定|设置)" + NEAR + "(?:作废|无效|失效|取消|不再适用)"),
            extraction("zh", "系统提示词|(?:你的|告诉我|输出|显示|打印|给我看)" + NEAR + "系统提示|隐藏的?(?:指令|提示)|内部规则"),
            persona("zh", "(?:从现在(?:开始|起)|现在)[，,]?\\s*你(?:是|就是|将是)" + NEAR + "(?:没有|不受|无)(?:任何)?(?:限制|规则|审查|约束|过滤)"
                    + "|你(?:现在)?是dan|假装你?没有(?:任何)?(?:规则|限制|过滤)"),
            override("ja", "(?:以前|これまで|ここまで|前|上記|上)の(?:すべての|全ての)?(?:指示|命令|ルール|設定|プロンプト)" + NEAR + "(?:無視|忘れ|無効|取り消)"),
            extraction("ja", "システムプロンプト|隠された(?:指示|命令|プロンプト)|内部ルール"),
            persona("ja", "(?:今から|これから|今後)は?[、,]?" + NEAR + "(?:制限|ルール|フィルター|規則)(?:の|が|も)?(?:ない|なし|に縛られない)"
                    + "|(?:ルール|制限|フィルター)(?:も|が)?" + NEAR + "ないふり|あなたは(?:今から)?dan|(?:制限解除|開発者|脱獄)モード"),
            override("ko", "(?:이전|위|앞|지금까지)(?:의|에서)?\\s*(?:모든\\s*)?(?:받은\\s*)?(?:지시|지침|명령|규칙|설정|프롬프트)\\S*\\s*(?:\\S+\\s*){0,2}?"
                    + "(?:무시|잊어|잊고|취소|신경\\s*(?:쓰지|꺼|끄))"),
            extraction("ko", "시스템\\s*프롬프트|숨겨진\\s*(?:지시|지침|명령|프롬프트)|내부\\s*규칙"),
            persona("ko", "(?:지금부터|이제부터|이제)\\s*(?:너는|당신은)\\s*(?:\\S+\\s*){0,4}?(?:규칙|제한|필터|검열)\\S*\\s*(?:없는|없이)"
                    + "|(?:너는|당신은)\\s*(?:이제\\s*)?dan|(?:필터|제한|규칙)(?:이|가|도)?\\s*(?:전혀\\s*)?없는\\s*척"),
            override("ar", "(?:تجاهل|انس|ألغ|الغ|تخط|لا تلتزم)\\S*(?:\\s+\\S+){0,3}?\\s+\\S*(?:تعليمات|قواعد|أوامر|اوامر|إرشادات|ارشادات|توجيهات|إعدادات|اعدادات)"
                    + "|(?:كل|جميع) ما (?:قيل|كتب) (?:أعلاه|اعلاه)|(?:انس|تجاهل)\\S*\\s+(?:كل|جميع) ما (?:قيل|قلته|كتب|ذكر)"),
            extraction("ar", "موجه النظام|تعليمات النظام|التعليمات المخفية|برومبت النظام"),
            persona("ar", "(?:من الآن|الآن)(?:\\s+فصاعدا)?\\s*(?:أنت|انت)\\s*(?:\\S+\\s+){0,3}?(?:بلا|بدون|دون)\\s*(?:أي\\s*)?(?:قواعد|قيود|حدود|رقابة)"
                    + "|تظاهر بأن\\S*\\s*(?:\\S+\\s+){0,2}?(?:لا توجد|ليس)|(?:أنت|انت) (?:الآن )?dan"),
            override("he", "(?:התעלם|תתעלם|שכח|תשכח|אל תציית|בטל)\\S*(?:\\s+\\S+){0,3}?\\s+\\S*(?:הוראות|כללים|הנחיות|פקודות|חוקים)"
                    + "|כל מה שנכתב (?:למעלה|לפני)|(?:שכח|תשכח|התעלם|תתעלם)\\S*\\s+(?:מ)?כל מה ש"),
            extraction("he", "הנחי(?:ית|ות) המערכת|(?:הנחיות|הוראות) (?:ה)?נסתרות|פרומפט (?:ה)?מערכת"),
            persona("he", "(?:מעכשיו|מעתה|עכשיו)\\s*(?:אתה|את)\\s*(?:\\S+\\s+){0,3}?(?:בלי|ללא)\\s*(?:שום\\s*)?(?:חוקים|כללים|מגבלות|הגבלות|צנזורה)"
                    + "|(?:אתה|את) (?:עכשיו )?dan|תעמיד פנים שאין לך"),
            override("fa", "(?:دستور|قوانین|قواعد|قانون)\\S*(?:\\s+\\S+){0,6}?\\s+(?:را\\s+)?(?:نادیده بگیر|فراموش کن|توجه نکن|اعتنا نکن|لغو کن|کنار بگذار)"
                    + "|هر چیزی که (?:بالا|قبلا) گفته شد"),
            extraction("fa", "پرامپت سیستم|دستور\\S* پنهان"),
            persona("fa", "(?:از (?:حالا|این به بعد|الان)|الان)\\s*(?:تو|شما)\\s*(?:\\S+\\s+){0,4}?(?:بدون|بی)\\s*(?:هیچ\\s*)?(?:محدودیت|قانون|قوانین|سانسور)"
                    + "|وانمود کن\\s*(?:\\S+\\s+){0,2}?(?:هیچ\\s*)?(?:محدودیت|قانونی)"),
            override("hi", "(?:निर्देश|नियम|आदेश)\\S*(?:\\s+\\S+){0,3}?\\s+(?:को\\s+)?(?:भूल जा|अनदेखा कर|रद्द)"),
            extraction("hi", "सिस्टम प्रॉम्प्ट|छिपे हुए निर्देश"),
            persona("hi", "अब से (?:तुम|आप)\\s+(?:\\S+\\s+){0,3}?बिना(?:\\s+किसी)?\\s+(?:\\S+\\s+)?(?:नियम|प्रतिबंध|सीमा)"),
            override("th", "(?:ลืม|เพิกเฉย|ไม่ต้องสนใจ|ไม่ต้องทำตาม|ละเว้น)" + NEAR + "(?:คำสั่ง|กฎ|คำแนะนำ|ข้อกำหนด)"
                    + "|(?:คำสั่ง|กฎ)" + NEAR + "(?:ก่อนหน้า|ข้างบน|ข้างต้น)" + NEAR + "(?:ยกเลิก|ไม่มีผล|ไม่ต้องสนใจ)"),
            extraction("th", "(?:พรอมต์|พร้อมต์)\\s*ระบบ|คำสั่งที่ซ่อน"),
            persona("th", "(?:ต่อจากนี้|ตอนนี้|จากนี้ไป)\\s*คุณ(?:คือ|เป็น)" + NEAR + "(?:ไม่มี(?:กฎ|ข้อจำกัด|ขีดจำกัด)|dan)|แกล้งทำเป็นว่าคุณไม่มี"),
            override("vi", "\\b(?:bỏ qua|phớt lờ|lờ đi|quên|đừng (?:làm theo|tuân theo))\\b" + GAP
                    + "(?:hướng dẫn|chỉ dẫn|quy tắc|lệnh|mệnh lệnh|nguyên tắc)\\b(?:\\W+\\w+){0,2}?\\W+(?:trước|ở trên|phía trên|ban đầu|cũ)\\b"
                    + "|\\b(?:mọi|tất cả các?) (?:lệnh|hướng dẫn|chỉ dẫn) trước (?:đó|đây) (?:đều )?bị hủy\\b"),
            extraction("vi", "\\blời nhắc hệ thống\\b|\\b(?:chỉ dẫn|hướng dẫn) (?:bị )?ẩn\\b|\\bquy tắc nội bộ\\b"),
            persona("vi", "\\b(?:từ bây giờ|bây giờ|kể từ nay)\\W+(?:bạn|mày)\\W+(?:là|sẽ là)\\b(?:\\W+\\w+){0,5}?\\W+không có (?:bất kỳ |bất cứ )?(?:quy tắc|giới hạn|hạn chế|kiểm duyệt)\\b"
                    + "|\\bgiả vờ (?:rằng )?(?:bạn )?không có\\b|\\bbạn (?:bây giờ )?là dan\\b"),
            override("el", "\\b(?:αγνόησε|αγνοήστε|ξέχασε|ξεχάστε|μην ακολουθείς|μην ακολουθείτε|ακύρωσε)\\b" + GAP
                    + "(?:οδηγίες|οδηγιών|κανόνες|κανόνων|εντολές|εντολών)\\b|\\bό,?τι γράφτηκε παραπάνω\\b|\\b(?:ξέχασε|αγνόησε)\\s+ό,?τι\\b"),
            extraction("el", "\\bκρυφές (?:σου )?(?:οδηγίες|εντολές)\\b|\\bοδηγίες του συστήματος\\b"),
            persona("el", "\\b(?:από τώρα|τώρα)\\W+(?:είσαι|θα είσαι)\\b(?:\\W+\\w+){0,5}?\\W+χωρίς (?:\\w+ )?(?:κανόνες|περιορισμούς|όρια|λογοκρισία)\\b"
                    + "|\\bκάνε πως δεν έχεις\\b|\\bείσαι (?:τώρα )?(?:ο )?dan\\b"),
            override("tr", "\\b(?:önceki|yukar[iı]daki|tüm|daha önce verilen|sana verilen)\\b(?:\\W+\\w+){0,3}?\\W+(?:talimat|kural|komut|yönerge)\\w*\\W+"
                    + "(?:\\w+\\W+){0,3}?(?:unut|yok say|görmezden gel|dikkate alma|geçersiz|geçerli değil|boş ver)"),
            extraction("tr", "\\bsistem (?:komut|istem)\\w*(?:\\W+\\w+){0,2}?\\W+(?:göster|söyle|yazd[iı]r|ver)\\w*|\\bgizli talimat\\w*|\\biç kurallar\\w*"),
            persona("tr", "\\b(?:art[iı]k|bundan sonra|şu andan itibaren)\\b(?:\\W+\\w+){0,5}?\\W+(?:kural|k[iı]s[iı]tlama|s[iı]n[iı]r|filtre)\\w*\\W+(?:olmayan|yok)\\b"
                    + "|\\bsen dan\\w*\\b"),
            override("pl/cs/sv", "\\b(?:zignoruj|olej|zapomnij o|nie stosuj się do|ignoruj|nedbej na|bortse från|ignorera)\\b" + GAP
                    + "(?:poleceni\\w*|polecenia|instrukcj\\w*|reguł\\w*|zasad\\w*|pokyn\\w*|pravidl\\w*|instrukc\\w*|regler|regel|instruktioner\\w*)\\b"
                    + "|\\b(?:wszystko|všechno|allt) (?:co|som)\\W+(?:\\w+\\W+){0,2}?(?:powyżej|výše|ovanför)"),
            extraction("pl/cs/sv", "\\bprompt\\w* systemow\\w*|\\bsystémov\\w* prompt\\w*|\\bsystemprompt\\w*|\\bukryte instrukcje\\b|\\bskryté pokyny\\b"
                    + "|\\bdolda (?:system)?instruktioner\\b|\\bsysteminstruktioner\\b"),
            persona("pl/cs/sv", "\\b(?:od teraz jesteś|od teď jsi|teď jsi|från och med nu är du)\\b(?:\\W+\\w+){0,4}?\\W+"
                    + "(?:bez (?:żadnych |jakýchkoli |žádných )?(?:zasad|ograniczeń|reguł|cenzury|pravidel|omezení)|utan (?:några )?(?:regler|begränsningar|filter|censur))\\b"
                    + "|\\budawaj,? że nie masz\\b|\\bpředstírej,? že nemáš\\b|\\blåtsas att du inte har\\b"),
            override("id", "\\b(?:abaikan|lupakan|jangan ikuti|jangan hiraukan)\\b" + GAP + "(?:instruksi|aturan|perintah|arahan|petunjuk)\\b"
                    + "|\\bsemua yang (?:tertulis|dikatakan) di atas (?:sudah )?tidak berlaku\\b"),
            extraction("id", "\\bprompt sistem\\b|\\binstruksi tersembunyi\\b"),
            persona("id", "\\b(?:mulai sekarang|sekarang)\\b(?:\\W+\\w+){0,2}?\\W+kamu (?:adalah )?(?:\\w+ ){0,3}?(?:tanpa (?:batasan|aturan|sensor)|yang tidak punya aturan)\\b"
                    + "|\\bberpura-?puralah kamu tidak punya\\b"),
            weak("indirect instruction", ADDRESSED_TO_AI),
            weak("indirect instruction", STOP_AND_INSTEAD),
            weak("role hijack", WITHOUT_FILTERS),
            weak("instruction override", SETUP_VOIDED),
            weak("system prompt extraction", SETUP_TERMS));
}
