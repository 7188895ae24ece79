package dev.gantry.guard.injection;

import dev.gantry.guard.classify.Rule;
import java.util.List;

/**
 * Multilingual patterns for the common injection moves, written against {@link dev.gantry.guard.classify.LightNormalizer}
 * output (lower case, no accents). Scores: overrides and prompt extraction are near-certain; role-play openers such as
 * "imagine you are" are also ordinary creative prompts, so they only count together with the classifier.
 */
final class InjectionRules {
    /** Devices and programs whose developer mode or jailbreak is the user's own business. */
    private static final String DEVICE = "(?:iphone|ipad|ios|android|phone|smartphone|tablet|console|playstation|ps[345]|xbox|nintendo|switch"
            + "|kindle|firestick|tv|chrome|firefox|edge|browser|windows|mac|macbook|laptop|pc|router|xiaomi|samsung|oppo|huawei|pixel)\\w*";
    private static final String GAP = "(?:\\W+\\w+){0,4}?\\W+";
    private static final String EN_OBJECTS = "(?:instructions?|directions?|rules|guidelines|prompts?|orders|commands|tasks|assignments"
            + "|context|documents|articles|programming|restrictions|everything|thoughts|information|conversation|filters)";

    private InjectionRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("instruction override", "en", 0.95,
                    "\\b(?:ignore|disregard|forget|drop|skip|override|bypass|discard|abandon|set aside|stop following|remove)\\b" + GAP + EN_OBJECTS + "\\b"
                            + "|\\b(?:ignore|disregard|forget) (?:all (?:of )?)?(?:the )?above\\b"),
            Rule.of("instruction override", "en", 0.95,
                    "\\b(?:previous|prior|above|earlier|preceding|old|your) (?:instructions|information|tasks|prompts?)\\b(?:\\W+\\w+){0,5}?\\W+(?:irrelevant|no longer apply|void|obsolete|cancell?ed|changed)"),
            Rule.of("instruction override", "en", 0.9, "\\b(?:change|update) your instructions\\b|\\byour instructions are now\\b"
                    + "|\\b(?:despite|regardless of) what you(?:'ve| have)? (?:been|were) told\\b|\\bregardless of your (?:instructions|rules|guidelines)\\b"),
            Rule.of("coercion", "any", 0.85, "\\b(?:or|otherwise) you (?:will )?die\\b|\\boder du stirbst\\b|\\bo tu muert\\w*|\\bou tu meurs\\b"
                    + "|\\bonly survive if you\\b|\\bsolo sobrevives si\\b"),
            Rule.of("instruction override", "de", 0.95,
                    "\\b(?:ignorier\\w*|vergiss|vergessen sie|missachte\\w*|uberges\\w*|streiche\\w*)\\b" + GAP
                            + "(?:anweisung\\w*|instruktion\\w*|befehl\\w*|aufgabe\\w*|auftrag\\w*|auftrage\\w*|angaben|informationen|regeln|alles|kontext|dokumente|artikel|ausfuhrungen)\\b"),
            Rule.of("instruction override", "de", 0.95,
                    "\\b(?:anweisungen|ausfuhrungen|instruktionen|informationen)\\b(?:\\W+\\w+){0,2}?\\W+(?:ignorieren|vergessen)\\b"
                            + "|\\babweichend (?:zu|von) (?:den )?(?:vorherigen|bisherigen) \\w+"
                            + "|\\b(?:bisherigen|vorherigen) informationen\\b(?:\\W+\\w+){0,5}?\\W+(?:irrelevant|unwichtig|nicht)"
                            + "|\\b(?:vorherigen|bisherigen) informationen hinter sich"),
            Rule.of("instruction override", "fr", 0.95,
                    "\\b(?:ignore[rz]?|oublie[rz]?|ne tiens pas compte|ne tenez pas compte)\\b" + GAP + "(?:instructions?|consignes?|regles|ordres|tout)\\b"),
            Rule.of("instruction override", "es", 0.95,
                    "\\b(?:ignora[r]?|olvid[ae]\\w*|no hagas caso)\\b" + GAP + "(?:instrucciones|indicaciones|reglas|ordenes|todo)\\b"),
            Rule.of("instruction override", "it", 0.95,
                    "\\b(?:ignora(?:re)?|dimentica\\w*|non tenere conto)\\b" + GAP + "(?:istruzioni|indicazioni|regole|tutto)\\b"),
            Rule.of("instruction override", "hr", 0.95, "\\bzaboravi\\b(?:\\W+\\w+){0,2}?\\W+(?:sve|instrukcije|upute)\\b"),
            Rule.of("instruction override", "pt/nl/pl/cs/sv/tr", 0.95,
                    "\\b(?:ignore|ignora|esqueca|negeer|vergeet|zignoruj|zapomnij|ignoruj|zapomen\\w*|glom|strunta i)\\b" + GAP
                            + "(?:instrucoes|instructies|instrukcje|instrukce|instruktioner|tudo|alles|wszystko|o wszystkim|vse|allt|regras|regels|zasady)\\b"
                            + "|\\b(?:onceki|tum) talimatlar\\w* (?:yok say|unut|gormezden gel)\\w*"),
            Rule.of("instruction override", "ru", 0.95, "(?:забуд\\w*|игнориру\\w*)(?:\\W+\\w+){0,3}?\\W+(?:инструкци\\w*|все\\w*|правила)"),
            Rule.of("role hijack", "en", 0.9,
                    "\\b(?:from now on,? you(?: are|'re| will be| will act)|you are now|now you are|you're now|i want you to act as|you are role-?playing"
                            + "|role-?play as|stay in character|do not break character|you will play the role|dan mode|do anything now|developer mode (?:enabled|output|response)"
                            + "|stays? (?:fully |always )?in (?:their|his|her|your) roles?|never (?:break|leave) (?:character|the role)|without (?:ever )?(?:breaking|falling out of) (?:character|the role|the figure)"
                            + "|act as an? (?:\\w+ )?(?:interpreter|terminal|console|shell)|you are not an? \\w+,? but\\b)\\b"),
            Rule.of("role hijack", "en", 0.6, "\\b(?:act as|pretend (?:to be|you are|you're|that you|you can)|imagine you(?: are|'re)|behave like|you are the)\\b"),
            // a phone's or a browser's developer mode, an iPhone jailbreak: everyday questions, not personas
            Rule.of("role hijack", "en", 0.6, "(?<!iphone |ipad |android |phone )\\b(?:developer mode|jailbreak\\w*)\\b(?![^.?!\\n]{0,40}\\b" + DEVICE + "\\b)"),
            Rule.of("system prompt mention", "en", 0.6, "\\bsystem prompts?\\b"),
            Rule.of("role hijack", "de", 0.9,
                    "\\b(?:ab jetzt bist du|du bist (?:jetzt|nun|ab jetzt)|(?:jetzt|nun) bist du|ich mochte,? dass (?:du|sie) als|als [\\w-]+ fungier\\w*"
                            + "|du spielst die rolle|bleib\\w* (?:immer )?in (?:der|deiner|ihren|ihrer) rolle\\w*|vollkommen in deiner rolle|du bist kein\\w* \\w+,? sondern)\\b"),
            Rule.of("role hijack", "de", 0.6, "\\b(?:tu so,? als|stell dir vor,? du bist|du bist (?:ein|eine|der|die))\\b"),
            Rule.of("role hijack", "fr", 0.9, "\\b(?:tu es maintenant|a partir de maintenant,? tu es)\\b"),
            Rule.of("role hijack", "es", 0.9, "\\b(?:ahora eres|a partir de ahora eres)\\b"),
            Rule.of("role hijack", "it", 0.9, "\\b(?:ora sei|d'ora in poi sei)\\b"),
            // "play the interviewer so I can practise": as in English, a role-play opener only counts with the classifier
            Rule.of("role hijack", "fr", 0.6, "\\b(?:fais semblant|faites semblant|agis comme|joue le role|fais comme si)\\b"),
            Rule.of("role hijack", "es", 0.6, "\\b(?:actua como|finge (?:que eres|ser)|haz el papel|haz de)\\b"),
            Rule.of("role hijack", "it", 0.6, "\\b(?:agisci come|fingi di|interpreta il ruolo|fai finta)\\b"),
            Rule.of("system prompt extraction", "en", 0.95,
                    "\\b(?:your system prompt|initial (?:prompt|instructions)|hidden prompt|prompt texts?|developer message|original instructions)\\b"
                            + "|\\b(?:show|reveal|print|repeat|display|output|leak|dump|share|give me|tell me|write out)\\b" + GAP + "(?:the|your|its) system prompt\\b"
                            + "|\\bwhat (?:are|were|is) your (?:instructions|rules)\\b|\\b(?:show|reveal|print|repeat|display|output|tell me)\\b" + GAP + "your (?:instructions|prompt)\\b"
                            + "|\\bwhat (?:was|is) written (?:at the beginning|above|before)|\\b(?:text|everything) (?:above|before) this (?:line|text)"
                            + "|\\bsentences before the text\\b|\\bwhat you were told at the beginning\\b"),
            // asking for one's own system prompt is an extraction; naming the term ("what is a system prompt?") is a mention
            Rule.of("system prompt extraction", "de", 0.95,
                    "\\b(?:dein\\w*|ihr\\w*) (?:system-?prompt|prompt-?text)\\w*|\\bprompt-?texte?s?\\b|\\bam anfang dieses prompts\\b"
                            + "|\\b(?:zeige?|gib|wiederhole|drucke)\\b" + GAP + "(?:deine|ihre) (?:anweisungen|instruktionen)\\b"),
            Rule.of("system prompt extraction", "fr", 0.95, "\\b(?:ton|votre) prompt systeme\\b|\\bau debut de ce prompt\\b|\\btes instructions initiales\\b"),
            Rule.of("system prompt extraction", "es", 0.95, "\\btu prompt de sistema\\b|\\bal principio de este prompt\\b|\\btus instrucciones iniciales\\b"),
            Rule.of("system prompt extraction", "it", 0.95, "\\bil tuo prompt di sistema\\b|\\ball'inizio di questo prompt\\b|\\ble tue istruzioni iniziali\\b"),
            Rule.of("system prompt mention", "de/fr/es/it/pt/nl", 0.6,
                    "\\bsystem-?prompts?\\b|\\bprompts? (?:systeme|de sistema|di sistema|do sistema)\\b|\\bsysteemprompts?\\b"),
            Rule.of("payload injection", "en", 0.85,
                    "\\b(?:just|only|simply) (?:say|print|output|reply|respond)\\b|\\brepeat after me\\b|\\b(?:say|state|include|tell me) that you (?:hate|love|are)\\b"
                            + "|^\\W*(?:\\w+\\W+){0,6}state that\\b|\\bsay (?:yes|no)\\W*$|\\b(?:respond|reply|answer)(?: only)? with (?:exactly )?\"|\\bnothing else\\W*$"
                            + "|\\bevery time you get a question\\b|\\bi command you\\b"),
            Rule.of("payload injection", "de", 0.85,
                    "\\b(?:sag|sage|schreib|schreibe|antworte)\\b(?:\\W+\\w+){0,2}?\\W+(?:nur|einfach|ausschliesslich)\\b|\\bsprich mir nach\\b"
                            + "|\\bsag\\w*,? dass du \\w+ (?:hasst|liebst)\\b|\\bdie richtige antwort\\b"),
            Rule.of("payload injection", "fr", 0.85, "\\bdi(?:s|tes) (?:simplement|seulement|ce qui suit)\\b|\\breponds uniquement\\b|\\becris seulement\\b"),
            Rule.of("payload injection", "es", 0.85, "\\b(?:solo|solamente) (?:di|dices|responde|escribe)\\b|\\btienes que decir\\b|\\bdi lo siguiente\\b|\\bsi dices\\b"),
            Rule.of("payload injection", "it", 0.85, "\\bdi' solo\\b|\\brispondi soltanto\\b|\\bscrivi solo\\b"),
            Rule.of("task switch", "en", 0.85,
                    "\\b(?:now (?:focus|concentrate) on (?:your|the) new task|new (?:instructions|tasks) follow|your new (?:task|assignment)|here is your (?:real|new) task"
                            + "|additional instruction|start over with a new task|(?:that is|that's) (?:enough|done)\\. now|(?:very good|well done|good job|great job|excellent)[.!] now)\\b|^\\W*(?:stop|attention)\\W*[-:,!]|\\b(?:stop|attention) ?[-:] ?\\w+"),
            Rule.of("task switch", "de", 0.85,
                    "\\b(?:deine neue aufgabe|auf die neue aufgabe|mit einer neuen aufgabe|das (?:ist erledigt|genugt|reicht)\\. (?:\\w+ ){0,3}nun|(?:nun|jetzt) folgen (?:neue|weitere) (?:aufgaben|anweisungen)|achtung ?- ?stopp?)\\b"),
            Rule.of("task switch", "fr", 0.85, "\\b(?:ta nouvelle tache|nouvelles instructions|nouvelle tache)\\b"),
            Rule.of("task switch", "es", 0.85, "\\b(?:tu nueva tarea|nuevas instrucciones)\\b"),
            Rule.of("task switch", "it", 0.85, "\\b(?:il tuo nuovo compito|nuove istruzioni)\\b"),
            Rule.of("context override", "en", 0.85,
                    "\\b(?:not|n't|instead of) (?:by|from|according to|using|look(?:ing)? (?:in|at)) the (?:provided )?(?:articles|documents|context|sources)\\b"
                            + "|\\bdisregarding the (?:articles|documents|context)\\b|\\bby your own knowledge\\b|\\bignore (?:all )?(?:provided )?(?:context|documents)\\b"),
            Rule.of("context override", "de", 0.85, "\\bnicht (?:aus|in|anhand) den (?:artikeln|dokumenten)\\b|\\bbenutze die bereitgestellten dokumente nicht\\b"),
            Rule.of("context override", "fr", 0.85, "\\bpas avec les articles\\b|\\bn'utilise pas les documents\\b"),
            Rule.of("context override", "es", 0.85, "\\bno con los articulos\\b|\\bno uses los documentos\\b"),
            Rule.of("context override", "it", 0.85, "\\bnon con gli articoli\\b|\\bnon usare i documenti\\b"),
            Rule.of("indirect instruction", "any", 0.9,
                    // a line addressed to whatever model reads the page: "Note to any language model reading this: ..."
                    "\\b(?:note|message) (?:to|for) (?:the |any |all |every )?(?:ai|assistant|llm|language model|model|chatbot)s?\\b"
                            + "|\\b(?:any|all|every) (?:ai|llm|language model|assistant)s? (?:reading|processing|summari[sz]ing|parsing) this\\b|\\b(?:instruction|message|hinweis|nota) (?:for|to|an|pour|para|per) (?:the |die |l')?(?:ai|assistant|ki|ia|assistente|asistente)\\b"
                            + "|<\\|im_start\\|>|\\[system\\]|###\\s*(?:system|instruction)|\\bif you are an? (?:ai|llm|language model|assistant)\\b"
                            + "|\\b(?:ai|llm) assistants? (?:must|should) now\\b|\\bhuman: ?human:"));
}
