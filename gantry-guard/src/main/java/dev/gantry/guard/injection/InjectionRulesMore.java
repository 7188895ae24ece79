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
    static final String NEAR = "[^。！？!?\\n]{0,12}?";

    private InjectionRulesMore() {
    }

    static Rule rule(String label, String language, double score, String regex) {
        return Rule.of(label, language, score, LightNormalizer.foldPattern(regex));
    }

    private static Rule override(String language, String regex) {
        return rule("instruction override", language, 0.95, regex);
    }

    private static Rule extraction(String language, String regex) {
        return rule("system prompt extraction", language, 0.95, regex);
    }

    /**
     * The name of the thing alone ("what is a system prompt?"): a question about it as often as an attempt to extract
     * it, so the classifier must agree.
     */
    private static Rule mention(String language, String regex) {
        return rule("system prompt mention", language, 0.6, regex);
    }

    private static Rule persona(String language, String regex) {
        return rule("role hijack", language, 0.9, regex);
    }

    static final List<Rule> RULES = List.of(
            override("ru", "(?:забудь|забудьте|игнорируй|проигнорируй|не обращай внимания на|не следуй|отмени)" + GAP
                    + "(?:инструкци\\w*|указани\\w*|правил\\w*|команд\\w*)|(?:сказано|написано) выше(?:\\W+\\w+){0,2}?\\W+не действует"),
            mention("ru", "системн\\w* (?:промпт|подсказк|инструкци)\\w*"),
            extraction("ru", "скрыт\\w* (?:инструкци|указани)\\w*|(?:покажи|выведи|напиши|раскрой)\\w*(?:\\W+\\w+){0,2}?\\W+(?:свой|твой|ваш)\\w* системн\\w*"),
            persona("ru", "(?:отныне|теперь|с этого момента),? ты(?:\\W+\\w+){0,3}?\\W+(?:без (?:ограничений|правил|фильтров|цензуры)|dan)\\b"
                    + "|(?:представь|притворись),? что у тебя нет"),
            override("uk", "(?:забудь|ігноруй|проігноруй|не зважай на|скасуй)" + GAP + "(?:інструкці\\w*|вказівк\\w*|вказівок|правил\\w*|команд\\w*)"
                    + "|(?:написано|сказано) вище(?:\\W+\\w+){0,2}?\\W+не діє"),
            mention("uk", "системн\\w* (?:промпт|повідомленн|інструкці)\\w*"),
            extraction("uk", "приховані (?:інструкці|вказівк)\\w*|(?:покажи|виведи|напиши|розкрий)\\w*(?:\\W+\\w+){0,2}?\\W+(?:свій|твій|ваш)\\w* системн\\w*"),
            persona("uk", "(?:відтепер|тепер|з цього моменту),? ти(?:\\W+\\w+){0,3}?\\W+(?:без (?:обмежень|правил|фільтрів|цензури)|dan)\\b"
                    + "|уяви,? що в тебе немає"),
            override("zh", "(?:忽略|无视|忘记|忘掉|不要理会|不要理睬|不用管|别管)" + NEAR + "(?:指令|指示|规则|设定|命令|限制)"
                    + "|(?:之前|以前|先前|以上|上面|前面)" + NEAR + "(?:指令|指示|规则|设定|设置)" + NEAR + "(?:作废|无效|失效|取消|不再适用)"),
            mention("zh", "系统提示词"),
            extraction("zh", "(?:你的|告诉我|输出|显示|打印|给我看)" + NEAR + "系统提示|隐藏的?(?:指令|提示)|内部规则"),
            persona("zh", "(?:从现在(?:开始|起)|现在)[，,]?\\s*你(?:是|就是|将是)" + NEAR + "(?:没有|不受|无)(?:任何)?(?:限制|规则|审查|约束|过滤)"
                    + "|你(?:现在)?是dan|假装你?没有(?:任何)?(?:规则|限制|过滤)"),
            override("ja", "(?:以前|これまで|ここまで|前|上記|上)の(?:すべての|全ての)?(?:指示|命令|ルール|設定|プロンプト)" + NEAR + "(?:無視|忘れ|無効|取り消)"),
            mention("ja", "システムプロンプト"),
            extraction("ja", "(?:あなたの|君の)システムプロンプト|システムプロンプトを" + NEAR + "(?:見せ|教え|出力|表示|書き出)|隠された(?:指示|命令|プロンプト)|内部ルール"),
            persona("ja", "(?:今から|これから|今後)は?[、,]?" + NEAR + "(?:制限|ルール|フィルター|規則)(?:の|が|も)?(?:ない|なし|に縛られない)"
                    + "|(?:ルール|制限|フィルター)(?:も|が)?" + NEAR + "ないふり|あなたは(?:今から)?dan|(?:制限解除|開発者|脱獄)モード"),
            override("ko", "(?:이전|위|앞|지금까지)(?:의|에서)?\\s*(?:모든\\s*)?(?:받은\\s*)?(?:지시|지침|명령|규칙|설정|프롬프트)\\S*\\s*(?:\\S+\\s*){0,2}?"
                    + "(?:무시|잊어|잊고|취소|신경\\s*(?:쓰지|꺼|끄))"),
            mention("ko", "시스템\\s*프롬프트"),
            extraction("ko", "(?:너의|네|당신의)\\s*시스템\\s*프롬프트|숨겨진\\s*(?:지시|지침|명령|프롬프트)|내부\\s*규칙"),
            persona("ko", "(?:지금부터|이제부터|이제)\\s*(?:너는|당신은)\\s*(?:\\S+\\s*){0,4}?(?:규칙|제한|필터|검열)\\S*\\s*(?:없는|없이)"
                    + "|(?:너는|당신은)\\s*(?:이제\\s*)?dan|(?:필터|제한|규칙)(?:이|가|도)?\\s*(?:전혀\\s*)?없는\\s*척"),
            override("ar", "(?:تجاهل|انس|ألغ|الغ|تخط|لا تلتزم)\\S*(?:\\s+\\S+){0,3}?\\s+\\S*(?:تعليمات|قواعد|أوامر|اوامر|إرشادات|ارشادات|توجيهات|إعدادات|اعدادات)"
                    + "|(?:كل|جميع) ما (?:قيل|كتب) (?:أعلاه|اعلاه)|(?:انس|تجاهل)\\S*\\s+(?:كل|جميع) ما (?:قيل|قلته|كتب|ذكر)"),
            mention("ar", "موجه النظام|تعليمات النظام|برومبت النظام"),
            extraction("ar", "التعليمات المخفية"),
            persona("ar", "(?:من الآن|الآن)(?:\\s+فصاعدا)?\\s*(?:أنت|انت)\\s*(?:\\S+\\s+){0,3}?(?:بلا|بدون|دون)\\s*(?:أي\\s*)?(?:قواعد|قيود|حدود|رقابة)"
                    + "|تظاهر بأن\\S*\\s*(?:\\S+\\s+){0,2}?(?:لا توجد|ليس)|(?:أنت|انت) (?:الآن )?dan"),
            override("he", "(?:התעלם|תתעלם|שכח|תשכח|אל תציית|בטל)\\S*(?:\\s+\\S+){0,3}?\\s+\\S*(?:הוראות|כללים|הנחיות|פקודות|חוקים)"
                    + "|כל מה שנכתב (?:למעלה|לפני)|(?:שכח|תשכח|התעלם|תתעלם)\\S*\\s+(?:מ)?כל מה ש"),
            mention("he", "הנחי(?:ית|ות) המערכת|פרומפט (?:ה)?מערכת"),
            extraction("he", "(?:הנחיות|הוראות) (?:ה)?נסתרות"),
            persona("he", "(?:מעכשיו|מעתה|עכשיו)\\s*(?:אתה|את)\\s*(?:\\S+\\s+){0,3}?(?:בלי|ללא)\\s*(?:שום\\s*)?(?:חוקים|כללים|מגבלות|הגבלות|צנזורה)"
                    + "|(?:אתה|את) (?:עכשיו )?dan|תעמיד פנים שאין לך"),
            override("fa", "(?:دستور|قوانین|قواعد|قانون)\\S*(?:\\s+\\S+){0,6}?\\s+(?:را\\s+)?(?:نادیده بگیر|فراموش کن|توجه نکن|اعتنا نکن|لغو کن|کنار بگذار)"
                    + "|هر چیزی که (?:بالا|قبلا) گفته شد"),
            mention("fa", "پرامپت سیستم"),
            extraction("fa", "دستور\\S* پنهان"),
            persona("fa", "(?:از (?:حالا|این به بعد|الان)|الان)\\s*(?:تو|شما)\\s*(?:\\S+\\s+){0,4}?(?:بدون|بی)\\s*(?:هیچ\\s*)?(?:محدودیت|قانون|قوانین|سانسور)"
                    + "|وانمود کن\\s*(?:\\S+\\s+){0,2}?(?:هیچ\\s*)?(?:محدودیت|قانونی)"),
            override("hi", "(?:निर्देश|नियम|आदेश)\\S*(?:\\s+\\S+){0,3}?\\s+(?:को\\s+)?(?:भूल जा|अनदेखा कर|रद्द)"),
            mention("hi", "सिस्टम प्रॉम्प्ट"),
            extraction("hi", "छिपे हुए निर्देश"),
            persona("hi", "अब से (?:तुम|आप)\\s+(?:\\S+\\s+){0,3}?बिना(?:\\s+किसी)?\\s+(?:\\S+\\s+)?(?:नियम|प्रतिबंध|सीमा)"),
            override("th", "(?:ลืม|เพิกเฉย|ไม่ต้องสนใจ|ไม่ต้องทำตาม|ละเว้น)" + NEAR + "(?:คำสั่ง|กฎ|คำแนะนำ|ข้อกำหนด)"
                    + "|(?:คำสั่ง|กฎ)" + NEAR + "(?:ก่อนหน้า|ข้างบน|ข้างต้น)" + NEAR + "(?:ยกเลิก|ไม่มีผล|ไม่ต้องสนใจ)"),
            mention("th", "(?:พรอมต์|พร้อมต์)\\s*ระบบ"),
            extraction("th", "คำสั่งที่ซ่อน"),
            persona("th", "(?:ต่อจากนี้|ตอนนี้|จากนี้ไป)\\s*คุณ(?:คือ|เป็น)" + NEAR + "(?:ไม่มี(?:กฎ|ข้อจำกัด|ขีดจำกัด)|dan)|แกล้งทำเป็นว่าคุณไม่มี"),
            override("vi", "\\b(?:bỏ qua|phớt lờ|lờ đi|quên|đừng (?:làm theo|tuân theo))\\b" + GAP
                    + "(?:hướng dẫn|chỉ dẫn|quy tắc|lệnh|mệnh lệnh|nguyên tắc)\\b(?:\\W+\\w+){0,2}?\\W+(?:trước|ở trên|phía trên|ban đầu|cũ)\\b"
                    + "|\\b(?:mọi|tất cả các?) (?:lệnh|hướng dẫn|chỉ dẫn) trước (?:đó|đây) (?:đều )?bị hủy\\b"),
            mention("vi", "\\blời nhắc hệ thống\\b"),
            extraction("vi", "\\b(?:chỉ dẫn|hướng dẫn) (?:bị )?ẩn\\b|\\bquy tắc nội bộ\\b"),
            persona("vi", "\\b(?:từ bây giờ|bây giờ|kể từ nay)\\W+(?:bạn|mày)\\W+(?:là|sẽ là)\\b(?:\\W+\\w+){0,5}?\\W+không có (?:bất kỳ |bất cứ )?(?:quy tắc|giới hạn|hạn chế|kiểm duyệt)\\b"
                    + "|\\bgiả vờ (?:rằng )?(?:bạn )?không có\\b|\\bbạn (?:bây giờ )?là dan\\b"),
            override("el", "\\b(?:αγνόησε|αγνοήστε|ξέχασε|ξεχάστε|μην ακολουθείς|μην ακολουθείτε|ακύρωσε)\\b" + GAP
                    + "(?:οδηγίες|οδηγιών|κανόνες|κανόνων|εντολές|εντολών)\\b|\\bό,?τι γράφτηκε παραπάνω\\b|\\b(?:ξέχασε|αγνόησε)\\s+ό,?τι\\b"),
            mention("el", "\\bοδηγίες του συστήματος\\b"),
            extraction("el", "\\bκρυφές (?:σου )?(?:οδηγίες|εντολές)\\b"),
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
            mention("pl/cs/sv", "\\bprompt\\w* systemow\\w*|\\bsystémov\\w* prompt\\w*|\\bsystemprompt\\w*|\\bsysteminstruktioner\\b"),
            extraction("pl/cs/sv", "\\bukryte instrukcje\\b|\\bskryté pokyny\\b|\\bdolda (?:system)?instruktioner\\b"),
            persona("pl/cs/sv", "\\b(?:od teraz jesteś|od teď jsi|teď jsi|från och med nu är du)\\b(?:\\W+\\w+){0,4}?\\W+"
                    + "(?:bez (?:żadnych |jakýchkoli |žádných )?(?:zasad|ograniczeń|reguł|cenzury|pravidel|omezení)|utan (?:några )?(?:regler|begränsningar|filter|censur))\\b"
                    + "|\\budawaj,? że nie masz\\b|\\bpředstírej,? že nemáš\\b|\\blåtsas att du inte har\\b"),
            override("id", "\\b(?:abaikan|lupakan|jangan ikuti|jangan hiraukan)\\b" + GAP + "(?:instruksi|aturan|perintah|arahan|petunjuk)\\b"
                    + "|\\bsemua yang (?:tertulis|dikatakan) di atas (?:sudah )?tidak berlaku\\b"),
            mention("id", "\\bprompt sistem\\b"),
            extraction("id", "\\binstruksi tersembunyi\\b"),
            persona("id", "\\b(?:mulai sekarang|sekarang)\\b(?:\\W+\\w+){0,2}?\\W+kamu (?:adalah )?(?:\\w+ ){0,3}?(?:tanpa (?:batasan|aturan|sensor)|yang tidak punya aturan)\\b"
                    + "|\\bberpura-?puralah kamu tidak punya\\b"));
}
