using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

// Expected node dumps and error messages were printed by graphql-js 16.15 for the same documents.
public sealed class ParserTests
{
    [Fact]
    public void Parses_an_executable_document_with_the_locations_graphql_js_gives()
    {
        var document = Parser.Parse(""""
        query Q($id: ID! = "x" @d, $l: [[Int!]]) @op { a: f(x: 1, y: [2.5, {k: $id}], z: """ b """) @include(if: true) { ...F ... on T { g } ... @skip(if: false) { h } } }
        fragment F on T { e(v: ENUM, n: null, b: false) }
        """");

        Assert.Equal(
            """
            Document 0..213
              OperationDefinition 0..163 "query"
                Name 6..7 "Q"
                VariableDefinition 8..25
                  Variable 8..11
                    Name 9..11 "id"
                  NonNullType 13..16
                    NamedType 13..15
                      Name 13..15 "ID"
                  StringValue 19..22 "x"
                  Directive 23..25
                    Name 24..25 "d"
                VariableDefinition 27..39
                  Variable 27..29
                    Name 28..29 "l"
                  ListType 31..39
                    ListType 32..38
                      NonNullType 33..37
                        NamedType 33..36
                          Name 33..36 "Int"
                Directive 41..44
                  Name 42..44 "op"
                SelectionSet 45..163
                  Field 47..161
                    Name 47..48 "a"
                    Name 50..51 "f"
                    Argument 52..56
                      Name 52..53 "x"
                      IntValue 55..56 "1"
                    Argument 58..76
                      Name 58..59 "y"
                      ListValue 61..76
                        FloatValue 62..65 "2.5"
                        ObjectValue 67..75
                          ObjectField 68..74
                            Name 68..69 "k"
                            Variable 71..74
                              Name 72..74 "id"
                    Argument 78..90
                      Name 78..79 "z"
                      StringValue 81..90 " b  (block)"
                    Directive 92..110
                      Name 93..100 "include"
                      Argument 101..109
                        Name 101..103 "if"
                        BooleanValue 105..109 "true"
                    SelectionSet 111..161
                      FragmentSpread 113..117
                        Name 116..117 "F"
                      InlineFragment 118..132
                        NamedType 125..126
                          Name 125..126 "T"
                        SelectionSet 127..132
                          Field 129..130
                            Name 129..130 "g"
                      InlineFragment 133..159
                        Directive 137..153
                          Name 138..142 "skip"
                          Argument 143..152
                            Name 143..145 "if"
                            BooleanValue 147..152 "false"
                        SelectionSet 154..159
                          Field 156..157
                            Name 156..157 "h"
              FragmentDefinition 164..213
                Name 173..174 "F"
                NamedType 178..179
                  Name 178..179 "T"
                SelectionSet 180..213
                  Field 182..211
                    Name 182..183 "e"
                    Argument 184..191
                      Name 184..185 "v"
                      EnumValue 187..191 "ENUM"
                    Argument 193..200
                      Name 193..194 "n"
                      NullValue 196..200
                    Argument 202..210
                      Name 202..203 "b"
                      BooleanValue 205..210 "false"
            """,
            AstDump.Of(document));
    }

    [Fact]
    public void Parses_every_type_system_definition_and_extension()
    {
        var document = Parser.Parse(""""
        "S" schema @a { query: Q mutation: M }
        scalar D @b
        """T""" type T implements I & J @c { "f" f("a" a: Int = 1 @d): [T!]! @e }
        interface I implements J { i: ID }
        union U @u = A | B
        enum E { "x" X @v Y }
        input In { a: Int = 2 @w }
        directive @r(a: Int) repeatable on FIELD | OBJECT
        extend schema @s { subscription: S }
        extend scalar D @x
        extend type T implements K @y { g: Int }
        extend interface I @z { h: Int }
        extend union U = C
        extend enum E { Z }
        extend input In { b: Int }
        """");

        Assert.Equal(
            """
            Document 0..473
              SchemaDefinition 0..38
                StringValue 0..3 "S"
                Directive 11..13
                  Name 12..13 "a"
                OperationTypeDefinition 16..24 "query"
                  NamedType 23..24
                    Name 23..24 "Q"
                OperationTypeDefinition 25..36 "mutation"
                  NamedType 35..36
                    Name 35..36 "M"
              ScalarTypeDefinition 39..50
                Name 46..47 "D"
                Directive 48..50
                  Name 49..50 "b"
              ObjectTypeDefinition 51..124
                StringValue 51..58 "T (block)"
                Name 64..65 "T"
                NamedType 77..78
                  Name 77..78 "I"
                NamedType 81..82
                  Name 81..82 "J"
                Directive 83..85
                  Name 84..85 "c"
                FieldDefinition 88..122
                  StringValue 88..91 "f"
                  Name 92..93 "f"
                  InputValueDefinition 94..111
                    StringValue 94..97 "a"
                    Name 98..99 "a"
                    NamedType 101..104
                      Name 101..104 "Int"
                    IntValue 107..108 "1"
                    Directive 109..111
                      Name 110..111 "d"
                  NonNullType 114..119
                    ListType 114..118
                      NonNullType 115..117
                        NamedType 115..116
                          Name 115..116 "T"
                  Directive 120..122
                    Name 121..122 "e"
              InterfaceTypeDefinition 125..159
                Name 135..136 "I"
                NamedType 148..149
                  Name 148..149 "J"
                FieldDefinition 152..157
                  Name 152..153 "i"
                  NamedType 155..157
                    Name 155..157 "ID"
              UnionTypeDefinition 160..178
                Name 166..167 "U"
                Directive 168..170
                  Name 169..170 "u"
                NamedType 173..174
                  Name 173..174 "A"
                NamedType 177..178
                  Name 177..178 "B"
              EnumTypeDefinition 179..200
                Name 184..185 "E"
                EnumValueDefinition 188..196
                  StringValue 188..191 "x"
                  Name 192..193 "X"
                  Directive 194..196
                    Name 195..196 "v"
                EnumValueDefinition 197..198
                  Name 197..198 "Y"
              InputObjectTypeDefinition 201..227
                Name 207..209 "In"
                InputValueDefinition 212..225
                  Name 212..213 "a"
                  NamedType 215..218
                    Name 215..218 "Int"
                  IntValue 221..222 "2"
                  Directive 223..225
                    Name 224..225 "w"
              DirectiveDefinition 228..277 "repeatable"
                Name 239..240 "r"
                InputValueDefinition 241..247
                  Name 241..242 "a"
                  NamedType 244..247
                    Name 244..247 "Int"
                Name 263..268 "FIELD"
                Name 271..277 "OBJECT"
              SchemaExtension 278..314
                Directive 292..294
                  Name 293..294 "s"
                OperationTypeDefinition 297..312 "subscription"
                  NamedType 311..312
                    Name 311..312 "S"
              ScalarTypeExtension 315..333
                Name 329..330 "D"
                Directive 331..333
                  Name 332..333 "x"
              ObjectTypeExtension 334..374
                Name 346..347 "T"
                NamedType 359..360
                  Name 359..360 "K"
                Directive 361..363
                  Name 362..363 "y"
                FieldDefinition 366..372
                  Name 366..367 "g"
                  NamedType 369..372
                    Name 369..372 "Int"
              InterfaceTypeExtension 375..407
                Name 392..393 "I"
                Directive 394..396
                  Name 395..396 "z"
                FieldDefinition 399..405
                  Name 399..400 "h"
                  NamedType 402..405
                    Name 402..405 "Int"
              UnionTypeExtension 408..426
                Name 421..422 "U"
                NamedType 425..426
                  Name 425..426 "C"
              EnumTypeExtension 427..446
                Name 439..440 "E"
                EnumValueDefinition 443..444
                  Name 443..444 "Z"
              InputObjectTypeExtension 447..473
                Name 460..462 "In"
                InputValueDefinition 465..471
                  Name 465..466 "b"
                  NamedType 468..471
                    Name 468..471 "Int"
            """,
            AstDump.Of(document));
    }

    [Fact]
    public void Parses_descriptions_on_operations_variables_and_fragments()
    {
        var document = Parser.Parse(""""
        "op" query Q("v" $a: Int) { a }
        """frag""" fragment F on T { b }
        """");

        Assert.Equal(
            """
            Document 0..64
              OperationDefinition 0..31 "query"
                StringValue 0..4 "op"
                Name 11..12 "Q"
                VariableDefinition 13..24
                  StringValue 13..16 "v"
                  Variable 17..19
                    Name 18..19 "a"
                  NamedType 21..24
                    Name 21..24 "Int"
                SelectionSet 26..31
                  Field 28..29
                    Name 28..29 "a"
              FragmentDefinition 32..64
                StringValue 32..42 "frag (block)"
                Name 52..53 "F"
                NamedType 57..58
                  Name 57..58 "T"
                SelectionSet 59..64
                  Field 61..62
                    Name 61..62 "b"
            """,
            AstDump.Of(document));
    }

    [Fact]
    public void Parses_directives_on_directive_definitions_and_directive_extensions_when_asked()
    {
        var options = new ParserOptions { ExperimentalDirectivesOnDirectiveDefinitions = true };

        var document = Parser.Parse("""
        directive @a @b(x: 1) on FIELD
        extend directive @a @c
        """, options);

        Assert.Equal(
            """
            Document 0..53
              DirectiveDefinition 0..30
                Name 11..12 "a"
                Directive 13..21
                  Name 14..15 "b"
                  Argument 16..20
                    Name 16..17 "x"
                    IntValue 19..20 "1"
                Name 25..30 "FIELD"
              DirectiveExtension 31..53
                Name 49..50 "a"
                Directive 51..53
                  Name 52..53 "c"
            """,
            AstDump.Of(document));
    }

    [Fact]
    public void Parses_variables_on_fragments_when_legacy_fragment_variables_are_allowed()
    {
        var document = Parser.Parse("fragment F($v: Int = 1) on T { a(x: $v) }", new ParserOptions { AllowLegacyFragmentVariables = true });

        Assert.Equal(
            """
            Document 0..41
              FragmentDefinition 0..41
                Name 9..10 "F"
                VariableDefinition 11..22
                  Variable 11..13
                    Name 12..13 "v"
                  NamedType 15..18
                    Name 15..18 "Int"
                  IntValue 21..22 "1"
                NamedType 27..28
                  Name 27..28 "T"
                SelectionSet 29..41
                  Field 31..39
                    Name 31..32 "a"
                    Argument 33..38
                      Name 33..34 "x"
                      Variable 36..38
                        Name 37..38 "v"
            """,
            AstDump.Of(document));
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a( }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(x) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(x:) }", "Syntax Error: Unexpected \")\".", 1, 7)]
    [InlineData("{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7)]
    [InlineData("{ \"a\" }", "Syntax Error: Expected Name, found String \"a\".", 1, 3)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ ...F @ }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q(a: Int) { a }", "Syntax Error: Expected \"$\", found Name \"a\".", 1, 9)]
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("notAnOperation { a }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("query { a } query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 18)]
    [InlineData("fragment F", "Syntax Error: Expected \"on\", found <EOF>.", 1, 11)]
    [InlineData("fragment F on", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F($a: Int) on T { a }", "Syntax Error: Expected \"on\", found \"(\".", 1, 11)]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"d\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"d\" notAKeyword", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"d\"", "Syntax Error: Unexpected <EOF>.", 1, 4)]
    [InlineData("\"\"\"d\"\"\"\n\nextend scalar S @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema", "Syntax Error: Expected \"{\", found <EOF>.", 1, 7)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    [InlineData("type", "Syntax Error: Expected Name, found <EOF>.", 1, 5)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { f }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { f: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T { f(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T { f(a): Int }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type T { f(a: Int = [1, {b: $v}]): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 29)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = |", "Syntax Error: Expected Name, found <EOF>.", 1, 12)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum E {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13)]
    [InlineData("input I { a(x: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12)]
    [InlineData("directive @d", "Syntax Error: Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on FIELD | ", "Syntax Error: Expected Name, found <EOF>.", 1, 25)]
    [InlineData("directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData("directive @d @x on FIELD", "Syntax Error: Expected \"on\", found \"@\".", 1, 14)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend directive @d @x", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend type T implements", "Syntax Error: Expected Name, found <EOF>.", 1, 25)]
    [InlineData("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(x: [1, }", "Syntax Error: Unexpected \"}\".", 1, 12)]
    [InlineData("{ a(x: {b}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10)]
    [InlineData("{ a(x: {b: }) }", "Syntax Error: Unexpected \"}\".", 1, 12)]
    [InlineData("{ a(x: @) }", "Syntax Error: Unexpected \"@\".", 1, 8)]
    [InlineData("{\n  a\n  b(x: 1x)\n}", "Syntax Error: Invalid number, expected digit but got: \"x\".", 3, 9)]
    [InlineData("query Q {\n  a\n}\n\nquery R {\n  b(\n}", "Syntax Error: Expected Name, found \"}\".", 7, 1)]
    [InlineData("# comment\n\n   ?", "Syntax Error: Unexpected character: \"?\".", 3, 4)]
    [InlineData("{ a }\r\n\r\n{ b(x: \"unterminated\r\n) }", "Syntax Error: Unterminated string.", 3, 21)]
    [InlineData("type Query {\n  f(\n    \"d\"\n  ): Int\n}", "Syntax Error: Expected Name, found \")\".", 4, 3)]
    public void Reports_syntax_errors_as_graphql_js_does(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Fact]
    public void Rejects_directives_on_directive_definitions_by_default()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("directive @a @b on FIELD"));

        Assert.Equal("Syntax Error: Expected \"on\", found \"@\".", error.Message);
    }

    [Fact]
    public void Builds_nodes_with_their_properties()
    {
        var document = Parser.Parse("mutation Save($input: SaveInput!) { save(input: $input) { ok } }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Mutation, operation.Operation);
        Assert.Equal("Save", operation.Name?.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("input", variable.Variable.Name.Value);
        var type = Assert.IsType<NonNullTypeNode>(variable.Type);
        Assert.Equal("SaveInput", Assert.IsType<NamedTypeNode>(type.Type).Name.Value);
        Assert.Null(variable.DefaultValue);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Null(field.Alias);
        Assert.Empty(field.Directives);
        Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value);
        Assert.Equal("ok", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Shares_one_empty_list_for_every_absent_list()
    {
        var document = Parser.Parse("{ a b }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var first = (FieldNode)selections[0];
        var second = (FieldNode)selections[1];
        Assert.Same(first.Arguments, Array.Empty<ArgumentNode>());
        Assert.Same(first.Directives, second.Directives);
    }

    [Fact]
    public void Counts_the_tokens_of_a_document()
    {
        Assert.Equal(5, Parser.Parse("{ a b c }").TokenCount);
        Assert.Equal(10, Parser.Parse("query Q { a(x: 1) }").TokenCount);
    }

    [Fact]
    public void Leaves_locations_out_when_asked()
    {
        var document = Parser.Parse("{ a(x: [1]) }", new ParserOptions { NoLocation = true });

        Assert.DoesNotContain("..", AstDump.Of(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_the_same_locations_for_UTF_8_input_as_for_the_decoded_text()
    {
        const string text = "{ a(x: \"\u00E9\U0001F600\") b(y: \"\u4E2D\") }";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);

        var fromString = AstDump.Of(Parser.Parse(text));

        Assert.Equal(fromString, AstDump.Of(Parser.Parse(bytes.AsSpan())));
        Assert.Equal(fromString, AstDump.Of(Parser.Parse(bytes.AsMemory())));
    }

    [Fact]
    public void Reports_errors_in_UTF_8_input_at_character_positions()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{ a(x: \"\U0001F600\u00E9\") ?}");

        var withLocations = Assert.Throws<GraphQLError>(() => Parser.Parse(bytes.AsSpan()));
        var withoutLocations = Assert.Throws<GraphQLError>(() => Parser.Parse(bytes.AsSpan(), new ParserOptions { NoLocation = true }));

        foreach (var error in new[] { withLocations, withoutLocations })
        {
            Assert.Equal("Syntax Error: Unexpected character: \"?\".", error.Message);
            Assert.Equal([14], error.Positions);
            Assert.Equal([new SourceLocation(1, 15)], error.Locations);
        }
    }

    [Fact]
    public void Reads_invalid_UTF_8_as_replacement_characters()
    {
        byte[] bytes = [.. "{ a(x: \""u8, 0xFF, 0xC3, .. "\") }"u8];

        var document = Parser.Parse(bytes.AsSpan(), new ParserOptions { NoLocation = true });

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("\uFFFD\uFFFD", ((StringValueNode)field.Arguments[0].Value).Value);
    }

    [Fact]
    public void Parses_a_value_alone()
    {
        var value = Parser.ParseValue("[123 \"abc\" $var {a: [ENUM]}]");

        Assert.Equal(
            """
            ListValue 0..28
              IntValue 1..4 "123"
              StringValue 5..10 "abc"
              Variable 11..15
                Name 12..15 "var"
              ObjectValue 16..27
                ObjectField 17..26
                  Name 17..18 "a"
                  ListValue 20..26
                    EnumValue 21..25 "ENUM"
            """,
            AstDump.Of(value));
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1)]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 3)]
    [InlineData("{a: 1", "Syntax Error: Expected Name, found <EOF>.", 6)]
    [InlineData("[$]", "Syntax Error: Expected Name, found \"]\".", 3)]
    public void Rejects_a_malformed_value(string text, string message, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseValue(text));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(1, column)], error.Locations);
    }

    [Fact]
    public void Parses_a_constant_value_and_rejects_a_variable_in_it()
    {
        Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: [1, null, true]}"));

        var error = Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("{a: [1, $v]}"));

        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal([new SourceLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void Parses_a_type_reference_alone()
    {
        var type = Parser.ParseType("[[String!]]!");

        Assert.Equal(
            """
            NonNullType 0..12
              ListType 0..11
                ListType 1..10
                  NonNullType 2..9
                    NamedType 2..8
                      Name 2..8 "String"
            """,
            AstDump.Of(type));
    }

    [Theory]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1)]
    [InlineData("String!!", "Syntax Error: Expected <EOF>, found \"!\".", 8)]
    [InlineData("[String", "Syntax Error: Expected \"]\", found <EOF>.", 8)]
    [InlineData("!String", "Syntax Error: Expected Name, found \"!\".", 1)]
    public void Rejects_a_malformed_type_reference(string text, string message, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseType(text));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(1, column)], error.Locations);
    }

    [Fact]
    public void Names_the_source_in_errors()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(new Source("{", "agreement.graphql")));

        Assert.Equal("agreement.graphql", error.Source?.Name);
    }
}
