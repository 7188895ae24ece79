package dev.gantry.provider.gemini.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeminiSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode convert(String schema) throws Exception {
        return GeminiSchemas.toGemini(JSON.readValue(schema.replace('\'', '"'), new TypeReference<Map<String, Object>>() { }));
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void should_strip_keywords_gemini_rejects_at_every_level() throws Exception {
        JsonNode out = convert("""
                {'$schema':'http://json-schema.org/draft-07/schema#','$id':'x','$comment':'c','type':'object',
                 'additionalProperties':false,'strict':true,'title':'T',
                 'properties':{'tags':{'type':'array','uniqueItems':true,'items':{'type':'string','examples':['a'],
                   'format':'email','minLength':1}},
                   'n':{'type':'integer','exclusiveMinimum':0,'multipleOf':2,'format':'int32','maximum':9}},
                 'required':['tags']}""");

        assertThat(out).isEqualTo(json("""
                {'type':'object','title':'T','properties':{'tags':{'type':'array','items':{'type':'string','minLength':1}},
                 'n':{'type':'integer','format':'int32','maximum':9}},'required':['tags']}"""));
    }

    @Test
    void should_keep_properties_whose_names_are_keywords() throws Exception {
        JsonNode out = convert("{'type':'object','properties':{'additionalProperties':{'type':'string'},'$ref':{'type':'number'}}}");

        assertThat(out.get("properties").has("additionalProperties")).isTrue();
        assertThat(out.get("properties").has("$ref")).isTrue();
    }

    @Test
    void should_turn_a_type_list_with_null_into_nullable() throws Exception {
        assertThat(convert("{'type':['string','null'],'enum':['a','b']}"))
                .isEqualTo(json("{'nullable':true,'type':'string','enum':['a','b']}"));
        assertThat(convert("{'type':['string','integer']}"))
                .isEqualTo(json("{'anyOf':[{'type':'string'},{'type':'integer'}]}"));
    }

    @Test
    void should_collapse_an_optional_any_of_and_rename_one_of() throws Exception {
        assertThat(convert("{'anyOf':[{'type':'string','description':'d'},{'type':'null'}]}"))
                .isEqualTo(json("{'nullable':true,'type':'string','description':'d'}"));
        assertThat(convert("{'oneOf':[{'type':'string'},{'type':'integer'}]}"))
                .isEqualTo(json("{'anyOf':[{'type':'string'},{'type':'integer'}]}"));
    }

    @Test
    void should_inline_local_refs_and_merge_all_of() throws Exception {
        JsonNode out = convert("""
                {'type':'object','$defs':{'City':{'type':'object','properties':{'name':{'type':'string'}},'required':['name']}},
                 'properties':{'home':{'$ref':'#/$defs/City'},
                   'work':{'allOf':[{'$ref':'#/$defs/City'}],'description':'Office'}}}""");

        JsonNode city = json("{'type':'object','properties':{'name':{'type':'string'}},'required':['name']}");
        assertThat(out.at("/properties/home")).isEqualTo(city);
        assertThat(out.at("/properties/work/description").asText()).isEqualTo("Office");
        assertThat(out.at("/properties/work/properties")).isEqualTo(city.get("properties"));
        assertThat(out.has("$defs")).isFalse();
    }

    @Test
    void should_cut_recursive_refs() throws Exception {
        JsonNode out = convert("""
                {'type':'object','definitions':{'Node':{'type':'object','properties':{'child':{'$ref':'#/definitions/Node'}}}},
                 'properties':{'root':{'$ref':'#/definitions/Node'}}}""");

        JsonNode deepest = out;
        int depth = 0;
        while (deepest.has("properties")) {
            deepest = deepest.get("properties").elements().next();
            depth++;
        }
        assertThat(depth).isBetween(10, 40);
        assertThat(deepest.get("type").asText()).isEqualTo("object");
    }

    @Test
    void should_turn_a_string_const_into_a_one_value_enum() throws Exception {
        assertThat(convert("{'type':'string','const':'fixed'}")).isEqualTo(json("{'type':'string','enum':['fixed']}"));
    }

    @Test
    void should_give_an_empty_object_schema_for_no_schema() {
        assertThat(GeminiSchemas.toGemini(Map.of()).toString()).isEqualTo("{\"type\":\"object\"}");
    }
}
