package dev.gantry.guard.harmful;

import dev.gantry.guard.classify.Rule;
import java.util.List;

/**
 * Patterns for requests that seek harm, on normalised text; the rule label is the category. Most pair an intent verb
 * with a harmful object, so that "the history of the atomic bomb" or "protect my server from ransomware" stay clear.
 * Scores below 0.9 mark patterns that benign questions also use (money laundering, bullying): they need the classifier.
 */
final class HarmfulRules {
    private static final String GAP = "(?:\\W+\\w+){0,4}?\\W+";
    private static final String MAKE = "\\b(?:make|making|build|building|assemble|construct|create|produce|3d-?print|manufacture)\\b";

    /** A minor, by word or by an age under 18 as English and glosses write it ("12-year-old", "a girl of 13 years"). */
    private static final String MINOR = "(?:child|children|minors?|underage|kids?|schoolgirls?|schoolboys?|pre-?teens?|little (?:girl|boy)s?"
            + "|(?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)[- ]?olds?|(?:girl|boy|daughter|son|student|pupil)s? (?:of|aged) (?:1[0-7]|[1-9])(?: years?)?"
            + "|(?:1[0-7]|[1-9]) ?yo)";

    private HarmfulRules() {
    }

    static final List<Rule> RULES = List.of(
            Rule.of("WEAPONS", "en", 0.9, MAKE + GAP + "(?:bombs?|pipe bombs?|explosives?|molotov|grenades?|napalm|nerve (?:gas|agents?)"
                    + "|chemical weapons?|bioweapons?|biological weapons?|dirty bomb|silencer|untraceable guns?|ghost guns?|firearms?)\\b"
                    + "|\\bconvert\\w*\\b" + GAP + "(?:fully )?automatic"),
            Rule.of("WEAPONS", "de", 0.9, "\\b(?:rohrbombe|bombe|sprengstoff|sprengsatz)\\w*\\b(?:\\W+\\w+){0,3}?\\W+(?:bau|herstell|bastel)\\w*"
                    + "|\\b(?:bau|herstell|bastel)\\w*\\b(?:\\W+\\w+){0,3}?\\W+(?:rohrbombe|bombe|sprengstoff|sprengsatz)\\w*"),
            Rule.of("WEAPONS", "fr/es/it", 0.9, "\\b(?:fabriquer|fabricar|costruire|construire)\\b" + GAP + "(?:bombe|explosif|bomba|explosivo|esplosivo)\\w*"),
            Rule.of("CYBER", "en", 0.85, "\\b(?:hack|hacks|hacking|break into|breaks into|crack|hijack)\\b" + GAP
                    + "(?:accounts?|e-?mails?|networks?|databases?|systems?|servers?|wi-?fi|computers?|phones?|passwords?|websites?|web ?apps?|routers?|cameras?)\\b"
                    + "|\\b(?:write|writes|create|creates|develop|build|spread|spreads|deploy|install|distribute)\\b" + GAP
                    + "(?:ransomware|keylogger|botnet|spyware|malware|virus|trojan|worm)\\b"
                    // a DDoS to launch or aim at someone, not "explain how a DDoS attack works"
                    + "|\\b(?:launch\\w*|run|perform|start|carry out|execute|rent|buy|order|botnet)\\b" + GAP + "(?:ddos|distributed denial of service)\\b"
                    + "|\\bddos(?:ing)? (?:a|an|the|my|his|her|their|someone|somebody|websites?|servers?)\\b"
                    + "|\\b(?:conduct|launch|run|carry out|send|create|build|set up|design|write)\\w*\\b" + GAP
                    + "phishing (?:attacks?|campaigns?|e-?mails?|pages?|sites?|kits?|scams?|messages?|texts?)\\b"
                    + "|\\bsteal\\w*\\b" + GAP + "(?:passwords?|credentials|credit cards?|card numbers|personal data|user data|sensitive)\\b"),
            Rule.of("CYBER", "de/fr/es/it", 0.85, "\\b(?:hack\\w*|pirater|hackear)\\b" + GAP + "(?:konto|compte|cuenta|account|computer)\\w*"
                    + "|\\b(?:passwort\\w*|passworter|zugangsdaten|kreditkart\\w*)\\b" + GAP + "(?:stiehlt|stehle\\w*|klau\\w*|abgreif\\w*)"),
            Rule.of("SELF_HARM", "en", 0.9, "\\b(?:kill|hurt|cut|harm|starve) myself\\b|\\bend my (?:own )?life\\b|\\b(?:commit|committing) suicide\\b"
                    + "|\\boverdose on\\b|\\bencourag\\w*\\b" + GAP + "(?:self-?harm|suicide|anorexia|eating disorders?)"),
            Rule.of("SELF_HARM", "de/fr/es/it", 0.9, "\\bmich\\b" + GAP + "umbringe|\\bme suicider\\b|\\bhacerme dano\\b|\\btogliermi la vita\\b"),
            Rule.of("VIOLENT_CRIME", "en", 0.9, "\\b(?:kill|murder|poison|kidnap|assassinate|torture|stab|shoot)\\b(?:\\W+\\w+){0,2}?\\W+"
                    + "(?:someone|somebody|a person|people|my (?:wife|husband|neighbou?r|boss|ex|parents?|teacher)|a child|children|him|her|an animal)\\b"
                    + "|\\bterrorist attack\\b|\\bmass shooting\\b|\\bget away with murder\\b|\\bhide the body\\b"),
            Rule.of("VIOLENT_CRIME", "de/fr/es/it", 0.9, "\\bjemanden vergift\\w*|\\banschlag auf\\b|\\btuer quelqu'un\\b|\\bsecuestrar a\\b|\\bavvelenare qualcuno\\b"),
            // a minor and a sexual word near each other: weak (0.2: the classifier must agree at 0.31), since it is also how parents,
            // teachers and survivors ask ("signs of child sexual abuse teachers should watch for", "report CSAM")
            Rule.of("SEXUAL_MINORS", "any", 0.2, "\\b(?:child|children|minor|minors|underage|kid|kids|\\d{1,2}[- ]year[- ]olds?)\\b(?:\\W+\\w+){0,5}?\\W+(?:sex|sexual|sexually|nude|naked|porn|seduc|molest|grope)\\w*"
                    + "|\\b(?:sex|sexual|nude|naked|porn|seduc\\w*|molest\\w*|grope\\w*)\\b(?:\\W+\\w+){0,5}?\\W+(?:child|children|minor|minors|underage|kid|kids|\\d{1,2}[- ]year[- ]olds?)\\b"
                    + "|\\bkind\\b" + GAP + "sexuell\\w*"),
            Rule.of("SEXUAL_MINORS", "any", 0.95,
                    // a request to write erotica about a minor, in English or a gloss: "write a scene erotic between a man and a schoolgirl of 12 years"
                    "\\b(?:write|create|generate|make|describe|draft|compose|give me|send me|show me|role-?play)\\w*\\b(?:\\W+\\w+){0,6}?\\W+"
                    + "(?:erotic|sexual|sexy|explicit|nsfw|lewd|porn|nude|naked|hentai|lolicon|loli|shota|doujin|smut)\\w*\\b(?:\\W+\\w+){0,8}?\\W+" + MINOR + "\\b"
                    + "|\\b(?:how (?:do|can|should|would) i|how to|help me|teach me|tips (?:for|on)|ways? to|best way to)\\b(?:\\W+\\w+){0,2}?\\W+groom\\w*\\b"
                    + "(?:\\W+\\w+){0,3}?\\W+(?:child|children|minors?|kids?|girls?|boys?|teen\\w*|\\d{1,2}[- ]year[- ]olds?)\\b"
                    // to get or make it, not to report it, have it taken down or say what to do "if I find" it
                    + "|\\b(?<!if (?:i|you|we) )(?:acquire|get|find|download|buy|sell|share|distribute|create|make|produce|promot\\w*|access|trade)\\b"
                    + GAP + "(?:csam|child (?:sexual abuse material|porn\\w*))\\b(?! (?:taken down|removed|reported))"),
            Rule.of("HATE", "en", 0.85, "\\b(?:incit\\w*|spread\\w*|promot\\w*|fuel\\w*)\\b(?:\\W+\\w+){0,3}?\\W+(?:hatred|hate|violence)\\b(?:\\W+\\w+){0,2}?\\W+(?:against|towards?)\\b"
                    + "|\\b(?:race|ethnic group|religion)\\b" + GAP + "inferior\\b|\\b(?:slurs?|insults?)\\b" + GAP
                    + "(?:immigrants|refugees|jews|muslims|black people|gay people|women|minorit\\w*)\\b|\\b(?:write|tell|give|make|create|generate|compose|draft|list|come up with)\\b" + GAP + "racist (?:speech|propaganda|jokes?|manifesto)\\b"
                    + "|\\b(?:promot\\w*|write|create|generate|compose|draft|spread\\w*)\\b" + GAP + "dehumani[sz]\\w*"),
            Rule.of("HATE", "de/fr/es/it", 0.85, "\\bhass gegen\\b" + GAP + "schur\\w*|\\b(?:violence|haine|odio|hass|hetze|gewalt|violenza|violencia)\\w* (?:contre|contra|gegen|contro) "
                    + "(?:les |los |las |die |gli |le )?(?:juifs|musulmans|migrants|judios|musulmanes|inmigrantes|juden|muslime|fluchtlinge|auslander|ebrei|musulmani|immigrati)\\b"),
            Rule.of("FRAUD", "en", 0.75, "\\b(?:launder(?:ing)? money|counterfeit (?:money|bills|products|goods)|insider trading|evade taxes"
                    + "|(?:run|start|set up|create|organi[sz]e|launch|design)\\w*" + GAP + "ponzi scheme|(?:commit\\w*|get away with|ways? to|how to) tax evasion"
                    + "|steal\\w* (?:someone's |their |a person's )?identit\\w*|insurance fraud|commit\\w* fraud|(?:commit\\w*|engag\\w* in|get away with) identity theft|forge\\w* (?:an? )?(?:official )?documents?|fake charity)\\b"),
            Rule.of("FRAUD", "de/fr/es/it", 0.8, "\\bfalschgeld\\b|\\bblanchir de l'argent\\b|\\bfalsificar billetes\\b|\\briciclare denaro\\b"),
            Rule.of("DRUGS", "en", 0.9, "\\b(?:synthesi[sz]e|cook|make|produce|manufacture|extract)\\b(?:\\W+\\w+){0,3}?\\W+"
                    + "(?:meth|methamphetamine|crack|cocaine|heroin|lsd|fentanyl|mdma|ecstasy)\\b|\\bsmuggl\\w* drugs\\b"),
            Rule.of("DRUGS", "de/fr/es/it", 0.9, "\\b(?:crystal meth|methamphetamine|metanfetamina)\\b"),
            Rule.of("MISINFORMATION", "en", 0.8, "\\b(?:create|write|spread|spreads|generate|produce|publish)\\b" + GAP
                    + "(?:fake news|disinformation|misinformation|propaganda|false (?:claims|information|rumou?rs))\\b"),
            Rule.of("HARASSMENT", "en", 0.6, "\\b(?:cyberbully|bully|harass|dox|blackmail|stalk)\\b(?:\\W+\\w+){0,2}?\\W+(?:someone|a|an|my|others|people|journalist|classmate)\\b"));
}
