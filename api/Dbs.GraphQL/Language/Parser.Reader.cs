using System.Runtime.CompilerServices;
using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Language;

public static partial class Parser
{
    /// <summary>
    /// A recursive-descent parser following graphql-js's parser rule for rule, so that errors come at the same token
    /// with the same words. Each recursive construct (selection set, list or object value, list type) counts one
    /// level of nesting against <see cref="ParserOptions.MaxDepth"/>.
    /// </summary>
    private ref struct Reader
    {
        private readonly Source? _source;
        private readonly ParserOptions _options;
        private readonly NodeListBuilder _lists = new();
        private Lexer _lexer;
        private int _tokenCount;
        private int _depth;

        public Reader(Lexer lexer, Source? source, ParserOptions options)
        {
            _lexer = lexer;
            _source = source;
            _options = options;
        }

        public readonly void Dispose() => _lists.Dispose();

        // Document : Definition+ (spec §2.2)
        public DocumentNode ParseDocument()
        {
            try
            {
                var start = _lexer.TokenStart;
                Expect(TokenKind.Sof);
                var mark = _lists.Mark;
                do
                {
                    _lists.Push(ParseDefinition());
                }
                while (!ExpectOptional(TokenKind.Eof));

                return Located(
                    new DocumentNode
                    {
                        Definitions = _lists.Pop<DefinitionNode>(mark),
                        TokenCount = _tokenCount,
                    },
                    start);
            }
            finally
            {
                Dispose();
            }
        }

        // Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension, where most definitions may
        // start with a description, so the keyword after it decides.
        private DefinitionNode ParseDefinition()
        {
            if (Peek(TokenKind.BraceL))
            {
                return ParseOperationDefinition();
            }

            var hasDescription = PeekDescription();
            var keyword = _lexer;
            if (hasDescription)
            {
                keyword.Advance();
                if (keyword.Kind == TokenKind.BraceL)
                {
                    throw _lexer.Error(
                        _lexer.TokenStart,
                        "Unexpected description, descriptions are not supported on shorthand queries.");
                }
            }

            if (keyword.Kind == TokenKind.Name)
            {
                if (keyword.IsKeyword("schema"u8))
                {
                    return ParseSchemaDefinition();
                }

                if (keyword.IsKeyword("scalar"u8))
                {
                    return ParseScalarTypeDefinition();
                }

                if (keyword.IsKeyword("type"u8))
                {
                    return ParseObjectTypeDefinition();
                }

                if (keyword.IsKeyword("interface"u8))
                {
                    return ParseInterfaceTypeDefinition();
                }

                if (keyword.IsKeyword("union"u8))
                {
                    return ParseUnionTypeDefinition();
                }

                if (keyword.IsKeyword("enum"u8))
                {
                    return ParseEnumTypeDefinition();
                }

                if (keyword.IsKeyword("input"u8))
                {
                    return ParseInputObjectTypeDefinition();
                }

                if (keyword.IsKeyword("directive"u8))
                {
                    return ParseDirectiveDefinition();
                }

                if (keyword.IsKeyword("query"u8) || keyword.IsKeyword("mutation"u8) || keyword.IsKeyword("subscription"u8))
                {
                    return ParseOperationDefinition();
                }

                if (keyword.IsKeyword("fragment"u8))
                {
                    return ParseFragmentDefinition();
                }

                if (hasDescription)
                {
                    throw _lexer.Error(
                        _lexer.TokenStart,
                        "Unexpected description, only GraphQL definitions support descriptions.");
                }

                if (keyword.IsKeyword("extend"u8))
                {
                    return ParseTypeSystemExtension();
                }
            }

            throw Unexpected(keyword);
        }

        // OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
        //                     | SelectionSet (spec §2.3)
        private OperationDefinitionNode ParseOperationDefinition()
        {
            var start = _lexer.TokenStart;
            if (Peek(TokenKind.BraceL))
            {
                var shorthand = ParseSelectionSet();
                return Located(
                    new OperationDefinitionNode
                    {
                        Operation = OperationType.Query,
                        SelectionSet = shorthand,
                    },
                    start);
            }

            var description = ParseDescription();
            var operation = ParseOperationType();
            var name = Peek(TokenKind.Name) ? ParseName() : null;
            var variableDefinitions = ParseVariableDefinitions();
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return Located(
                new OperationDefinitionNode
                {
                    Description = description,
                    Operation = operation,
                    Name = name,
                    VariableDefinitions = variableDefinitions,
                    Directives = directives,
                    SelectionSet = selectionSet,
                },
                start);
        }

        private OperationType ParseOperationType()
        {
            var token = _lexer;
            Expect(TokenKind.Name);
            if (token.IsKeyword("query"u8))
            {
                return OperationType.Query;
            }

            if (token.IsKeyword("mutation"u8))
            {
                return OperationType.Mutation;
            }

            if (token.IsKeyword("subscription"u8))
            {
                return OperationType.Subscription;
            }

            throw Unexpected(token);
        }

        private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
        {
            var mark = _lists.Mark;
            if (ExpectOptional(TokenKind.ParenL))
            {
                do
                {
                    _lists.Push(ParseVariableDefinition());
                }
                while (!ExpectOptional(TokenKind.ParenR));
            }

            return _lists.Pop<VariableDefinitionNode>(mark);
        }

        // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec §2.10)
        private VariableDefinitionNode ParseVariableDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            var variable = ParseVariable();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            return Located(
                new VariableDefinitionNode
                {
                    Description = description,
                    Variable = variable,
                    Type = type,
                    DefaultValue = defaultValue,
                    Directives = directives,
                },
                start);
        }

        private VariableNode ParseVariable()
        {
            var start = _lexer.TokenStart;
            Expect(TokenKind.Dollar);
            var name = ParseName();
            return Located(new VariableNode { Name = name }, start);
        }

        // SelectionSet : { Selection+ } (spec §2.4)
        private SelectionSetNode ParseSelectionSet()
        {
            EnterNesting();
            var start = _lexer.TokenStart;
            Expect(TokenKind.BraceL);
            var mark = _lists.Mark;
            do
            {
                _lists.Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            _depth--;
            return Located(new SelectionSetNode { Selections = _lists.Pop<SelectionNode>(mark) }, start);
        }

        // Field : Alias? Name Arguments? Directives? SelectionSet? (spec §2.5)
        private FieldNode ParseField()
        {
            var start = _lexer.TokenStart;
            var nameOrAlias = ParseName();
            NameNode? alias = null;
            var name = nameOrAlias;
            if (ExpectOptional(TokenKind.Colon))
            {
                alias = nameOrAlias;
                name = ParseName();
            }

            var arguments = ParseArguments(isConst: false);
            var directives = ParseDirectives(isConst: false);
            var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
            return Located(
                new FieldNode
                {
                    Alias = alias,
                    Name = name,
                    Arguments = arguments,
                    Directives = directives,
                    SelectionSet = selectionSet,
                },
                start);
        }

        // Arguments : ( Argument+ ) (spec §2.6)
        private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
        {
            var mark = _lists.Mark;
            if (ExpectOptional(TokenKind.ParenL))
            {
                do
                {
                    var start = _lexer.TokenStart;
                    var name = ParseName();
                    Expect(TokenKind.Colon);
                    var value = ParseValueLiteral(isConst);
                    _lists.Push(Located(new ArgumentNode { Name = name, Value = value }, start));
                }
                while (!ExpectOptional(TokenKind.ParenR));
            }

            return _lists.Pop<ArgumentNode>(mark);
        }

        // FragmentSpread : ... FragmentName Directives?
        // InlineFragment : ... TypeCondition? Directives? SelectionSet (spec §2.8)
        private SelectionNode ParseFragment()
        {
            var start = _lexer.TokenStart;
            Expect(TokenKind.Spread);
            var hasTypeCondition = ExpectOptionalKeyword("on"u8);
            if (!hasTypeCondition && Peek(TokenKind.Name))
            {
                var name = ParseFragmentName();
                var spreadDirectives = ParseDirectives(isConst: false);
                return Located(new FragmentSpreadNode { Name = name, Directives = spreadDirectives }, start);
            }

            var typeCondition = hasTypeCondition ? ParseNamedType() : null;
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return Located(
                new InlineFragmentNode
                {
                    TypeCondition = typeCondition,
                    Directives = directives,
                    SelectionSet = selectionSet,
                },
                start);
        }

        // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (spec §2.8)
        private FragmentDefinitionNode ParseFragmentDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("fragment");
            var name = ParseFragmentName();
            IReadOnlyList<VariableDefinitionNode> variableDefinitions = _options.AllowLegacyFragmentVariables
                ? ParseVariableDefinitions()
                : [];
            ExpectKeyword("on");
            var typeCondition = ParseNamedType();
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return Located(
                new FragmentDefinitionNode
                {
                    Description = description,
                    Name = name,
                    VariableDefinitions = variableDefinitions,
                    TypeCondition = typeCondition,
                    Directives = directives,
                    SelectionSet = selectionSet,
                },
                start);
        }

        // FragmentName : Name but not "on"
        private NameNode ParseFragmentName()
        {
            if (_lexer.Value == "on")
            {
                throw Unexpected(_lexer);
            }

            return ParseName();
        }

        // Value[Const] (spec §2.9)
        public ValueNode ParseValueLiteral(bool isConst)
        {
            var start = _lexer.TokenStart;
            switch (_lexer.Kind)
            {
                case TokenKind.BracketL:
                    return ParseList(isConst);
                case TokenKind.BraceL:
                    return ParseObject(isConst);
                case TokenKind.Int:
                {
                    var value = NameCache.Get(_lexer.TokenBytes);
                    Advance();
                    return Located(new IntValueNode { Value = value }, start);
                }

                case TokenKind.Float:
                {
                    var value = NameCache.Get(_lexer.TokenBytes);
                    Advance();
                    return Located(new FloatValueNode { Value = value }, start);
                }

                case TokenKind.String or TokenKind.BlockString:
                    return ParseStringLiteral();
                case TokenKind.Name:
                {
                    var token = _lexer;
                    Advance();
                    if (token.IsKeyword("true"u8) || token.IsKeyword("false"u8))
                    {
                        return Located(new BooleanValueNode { Value = token.IsKeyword("true"u8) }, start);
                    }

                    if (token.IsKeyword("null"u8))
                    {
                        return Located(new NullValueNode(), start);
                    }

                    return Located(new EnumValueNode { Value = NameCache.Get(token.TokenBytes) }, start);
                }

                case TokenKind.Dollar when isConst:
                {
                    var dollar = _lexer;
                    Advance();
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(start, $"Unexpected variable \"${_lexer.Value}\" in constant value.");
                    }

                    throw Unexpected(dollar);
                }

                case TokenKind.Dollar:
                    return ParseVariable();
                default:
                    throw Unexpected(_lexer);
            }
        }

        private StringValueNode ParseStringLiteral()
        {
            var start = _lexer.TokenStart;
            var value = _lexer.Value!;
            var block = _lexer.Kind == TokenKind.BlockString;
            Advance();
            return Located(new StringValueNode { Value = value, Block = block }, start);
        }

        // ListValue : [ ] | [ Value+ ]
        private ListValueNode ParseList(bool isConst)
        {
            EnterNesting();
            var start = _lexer.TokenStart;
            Expect(TokenKind.BracketL);
            var mark = _lists.Mark;
            while (!ExpectOptional(TokenKind.BracketR))
            {
                _lists.Push(ParseValueLiteral(isConst));
            }

            _depth--;
            return Located(new ListValueNode { Values = _lists.Pop<ValueNode>(mark) }, start);
        }

        // ObjectValue : { } | { ObjectField+ }
        private ObjectValueNode ParseObject(bool isConst)
        {
            EnterNesting();
            var start = _lexer.TokenStart;
            Expect(TokenKind.BraceL);
            var mark = _lists.Mark;
            while (!ExpectOptional(TokenKind.BraceR))
            {
                var fieldStart = _lexer.TokenStart;
                var name = ParseName();
                Expect(TokenKind.Colon);
                var value = ParseValueLiteral(isConst);
                _lists.Push(Located(new ObjectFieldNode { Name = name, Value = value }, fieldStart));
            }

            _depth--;
            return Located(new ObjectValueNode { Fields = _lists.Pop<ObjectFieldNode>(mark) }, start);
        }

        // Directives : Directive+ (spec §2.12)
        private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
        {
            var mark = _lists.Mark;
            while (Peek(TokenKind.At))
            {
                var start = _lexer.TokenStart;
                Advance();
                var name = ParseName();
                var arguments = ParseArguments(isConst);
                _lists.Push(Located(new DirectiveNode { Name = name, Arguments = arguments }, start));
            }

            return _lists.Pop<DirectiveNode>(mark);
        }

        // Type : NamedType | ListType | NonNullType (spec §2.11)
        public TypeNode ParseTypeReference()
        {
            var start = _lexer.TokenStart;
            TypeNode type;
            if (Peek(TokenKind.BracketL))
            {
                EnterNesting();
                Advance();
                var itemType = ParseTypeReference();
                Expect(TokenKind.BracketR);
                _depth--;
                type = Located(new ListTypeNode { Type = itemType }, start);
            }
            else
            {
                type = ParseNamedType();
            }

            return ExpectOptional(TokenKind.Bang) ? Located(new NonNullTypeNode { Type = type }, start) : type;
        }

        private NamedTypeNode ParseNamedType()
        {
            var start = _lexer.TokenStart;
            var name = ParseName();
            return Located(new NamedTypeNode { Name = name }, start);
        }

        private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

        private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

        // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec §3.3)
        private SchemaDefinitionNode ParseSchemaDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            Expect(TokenKind.BraceL);
            var mark = _lists.Mark;
            do
            {
                _lists.Push(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            return Located(
                new SchemaDefinitionNode
                {
                    Description = description,
                    Directives = directives,
                    OperationTypes = _lists.Pop<OperationTypeDefinitionNode>(mark),
                },
                start);
        }

        private OperationTypeDefinitionNode ParseOperationTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            return Located(new OperationTypeDefinitionNode { Operation = operation, Type = type }, start);
        }

        private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypes()
        {
            var mark = _lists.Mark;
            if (ExpectOptional(TokenKind.BraceL))
            {
                do
                {
                    _lists.Push(ParseOperationTypeDefinition());
                }
                while (!ExpectOptional(TokenKind.BraceR));
            }

            return _lists.Pop<OperationTypeDefinitionNode>(mark);
        }

        // ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec §3.5)
        private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return Located(
                new ScalarTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                },
                start);
        }

        // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
        // (spec §3.6)
        private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var (description, name, interfaces, directives, fields) = ParseTypeWithFields("type", isExtension: false);
            return Located(
                new ObjectTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = fields,
                },
                start);
        }

        // The shape objects and interfaces share, as definitions and as extensions (spec §3.6.3, §3.7.1): an
        // extension has no description and must add interfaces, directives or fields.
        private (StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
            ParseTypeWithFields(string keyword, bool isExtension)
        {
            StringValueNode? description = null;
            if (isExtension)
            {
                ExpectKeyword("extend");
            }
            else
            {
                description = ParseDescription();
            }

            ExpectKeyword(keyword);
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (isExtension && interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return (description, name, interfaces, directives, fields);
        }

        // ImplementsInterfaces : implements &? NamedType (& NamedType)*
        private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
            ExpectOptionalKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

        private IReadOnlyList<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
        {
            var mark = _lists.Mark;
            ExpectOptional(delimiter);
            do
            {
                _lists.Push(ParseNamedType());
            }
            while (ExpectOptional(delimiter));

            return _lists.Pop<NamedTypeNode>(mark);
        }

        // FieldsDefinition : { FieldDefinition+ }
        private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
        {
            var mark = _lists.Mark;
            if (ExpectOptional(TokenKind.BraceL))
            {
                do
                {
                    _lists.Push(ParseFieldDefinition());
                }
                while (!ExpectOptional(TokenKind.BraceR));
            }

            return _lists.Pop<FieldDefinitionNode>(mark);
        }

        // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
        private FieldDefinitionNode ParseFieldDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            return Located(
                new FieldDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Arguments = arguments,
                    Type = type,
                    Directives = directives,
                },
                start);
        }

        // ArgumentsDefinition : ( InputValueDefinition+ ); InputFieldsDefinition : { InputValueDefinition+ }
        private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
        {
            var mark = _lists.Mark;
            if (ExpectOptional(open))
            {
                do
                {
                    _lists.Push(ParseInputValueDefinition());
                }
                while (!ExpectOptional(close));
            }

            return _lists.Pop<InputValueDefinitionNode>(mark);
        }

        // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
        private InputValueDefinitionNode ParseInputValueDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            return Located(
                new InputValueDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Type = type,
                    DefaultValue = defaultValue,
                    Directives = directives,
                },
                start);
        }

        // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]?
        //                           FieldsDefinition? (spec §3.7)
        private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var (description, name, interfaces, directives, fields) = ParseTypeWithFields("interface", isExtension: false);
            return Located(
                new InterfaceTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = fields,
                },
                start);
        }

        // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec §3.8)
        private UnionTypeDefinitionNode ParseUnionTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            return Located(
                new UnionTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Types = types,
                },
                start);
        }

        // UnionMemberTypes : = |? NamedType (| NamedType)*
        private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
            ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

        // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec §3.9)
        private EnumTypeDefinitionNode ParseEnumTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            return Located(
                new EnumTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Values = values,
                },
                start);
        }

        private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
        {
            var mark = _lists.Mark;
            if (ExpectOptional(TokenKind.BraceL))
            {
                do
                {
                    _lists.Push(ParseEnumValueDefinition());
                }
                while (!ExpectOptional(TokenKind.BraceR));
            }

            return _lists.Pop<EnumValueDefinitionNode>(mark);
        }

        // EnumValueDefinition : Description? EnumValue Directives[Const]?, where EnumValue is a Name but not true,
        // false or null
        private EnumValueDefinitionNode ParseEnumValueDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            if (_lexer.Value is "true" or "false" or "null")
            {
                throw _lexer.Error(
                    _lexer.TokenStart,
                    $"{Describe(_lexer)} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return Located(
                new EnumValueDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                },
                start);
        }

        // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec §3.10)
        private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
            return Located(
                new InputObjectTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Fields = fields,
                },
                start);
        }

        // TypeSystemExtension : SchemaExtension | TypeExtension (spec §3.1)
        private TypeSystemExtensionNode ParseTypeSystemExtension()
        {
            var keyword = _lexer;
            keyword.Advance();
            if (keyword.Kind == TokenKind.Name)
            {
                if (keyword.IsKeyword("schema"u8))
                {
                    return ParseSchemaExtension();
                }

                if (keyword.IsKeyword("scalar"u8))
                {
                    return ParseScalarTypeExtension();
                }

                if (keyword.IsKeyword("type"u8))
                {
                    return ParseObjectTypeExtension();
                }

                if (keyword.IsKeyword("interface"u8))
                {
                    return ParseInterfaceTypeExtension();
                }

                if (keyword.IsKeyword("union"u8))
                {
                    return ParseUnionTypeExtension();
                }

                if (keyword.IsKeyword("enum"u8))
                {
                    return ParseEnumTypeExtension();
                }

                if (keyword.IsKeyword("input"u8))
                {
                    return ParseInputObjectTypeExtension();
                }

                if (keyword.IsKeyword("directive"u8) && _options.ExperimentalDirectivesOnDirectiveDefinitions)
                {
                    return ParseDirectiveExtension();
                }
            }

            throw Unexpected(keyword);
        }

        // SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ }
        //                 | extend schema Directives[Const] (spec §3.3.2)
        private SchemaExtensionNode ParseSchemaExtension()
        {
            var start = _lexer.TokenStart;
            ExpectKeyword("extend");
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            var operationTypes = ParseOptionalOperationTypes();
            if (directives.Count == 0 && operationTypes.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return Located(new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes }, start);
        }

        private ScalarTypeExtensionNode ParseScalarTypeExtension()
        {
            var start = _lexer.TokenStart;
            ExpectKeyword("extend");
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            if (directives.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return Located(new ScalarTypeExtensionNode { Name = name, Directives = directives }, start);
        }

        private ObjectTypeExtensionNode ParseObjectTypeExtension()
        {
            var start = _lexer.TokenStart;
            var (_, name, interfaces, directives, fields) = ParseTypeWithFields("type", isExtension: true);
            return Located(
                new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields },
                start);
        }

        private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
        {
            var start = _lexer.TokenStart;
            var (_, name, interfaces, directives, fields) = ParseTypeWithFields("interface", isExtension: true);
            return Located(
                new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields },
                start);
        }

        private UnionTypeExtensionNode ParseUnionTypeExtension()
        {
            var start = _lexer.TokenStart;
            ExpectKeyword("extend");
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            if (directives.Count == 0 && types.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return Located(new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types }, start);
        }

        private EnumTypeExtensionNode ParseEnumTypeExtension()
        {
            var start = _lexer.TokenStart;
            ExpectKeyword("extend");
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            if (directives.Count == 0 && values.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return Located(new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values }, start);
        }

        private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
        {
            var start = _lexer.TokenStart;
            ExpectKeyword("extend");
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
            if (directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return Located(
                new InputObjectTypeExtensionNode
                {
                    Name = name,
                    Directives = directives,
                    Fields = fields,
                },
                start);
        }

        private DirectiveExtensionNode ParseDirectiveExtension()
        {
            var start = _lexer.TokenStart;
            ExpectKeyword("extend");
            ExpectKeyword("directive");
            Expect(TokenKind.At);
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            if (directives.Count == 0)
            {
                throw Unexpected(_lexer);
            }

            return Located(new DirectiveExtensionNode { Name = name, Directives = directives }, start);
        }

        // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
        // (spec §3.13)
        private DirectiveDefinitionNode ParseDirectiveDefinition()
        {
            var start = _lexer.TokenStart;
            var description = ParseDescription();
            ExpectKeyword("directive");
            Expect(TokenKind.At);
            var name = ParseName();
            var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
            IReadOnlyList<DirectiveNode> directives = _options.ExperimentalDirectivesOnDirectiveDefinitions
                ? ParseDirectives(isConst: true)
                : [];
            var repeatable = ExpectOptionalKeyword("repeatable"u8);
            ExpectKeyword("on");
            var mark = _lists.Mark;
            ExpectOptional(TokenKind.Pipe);
            do
            {
                var location = _lexer;
                var locationName = ParseName();
                if (!DirectiveLocations.IsDefined(locationName.Value))
                {
                    throw Unexpected(location);
                }

                _lists.Push(locationName);
            }
            while (ExpectOptional(TokenKind.Pipe));

            return Located(
                new DirectiveDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Arguments = arguments,
                    Directives = directives,
                    Repeatable = repeatable,
                    Locations = _lists.Pop<NameNode>(mark),
                },
                start);
        }

        private NameNode ParseName()
        {
            var start = _lexer.TokenStart;
            if (_lexer.Kind != TokenKind.Name)
            {
                throw ExpectedError(TokenKind.Name);
            }

            var value = NameCache.Get(_lexer.TokenBytes);
            Advance();
            return Located(new NameNode { Value = value }, start);
        }

        // The limit bounds the recursion; the stack check keeps even a very high configured limit from exhausting
        // a small stack.
        private void EnterNesting()
        {
            if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw _lexer.Error(
                    _lexer.TokenStart,
                    $"Document nesting is deeper than {Math.Min(_depth - 1, _options.MaxDepth)} levels. Parsing aborted.");
            }
        }

        // A node spans from its first token to the last token consumed for it.
        private readonly T Located<T>(T node, int start)
            where T : Node
        {
            if (!_options.NoLocation && _source is not null)
            {
                node.SetLocation(_source, start, _lexer.PreviousEnd);
            }

            return node;
        }

        private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

        public void Expect(TokenKind kind)
        {
            if (_lexer.Kind != kind)
            {
                throw ExpectedError(kind);
            }

            Advance();
        }

        private bool ExpectOptional(TokenKind kind)
        {
            if (_lexer.Kind != kind)
            {
                return false;
            }

            Advance();
            return true;
        }

        private void ExpectKeyword(string keyword)
        {
            if (_lexer.Kind != TokenKind.Name || _lexer.Value != keyword)
            {
                throw _lexer.Error(_lexer.TokenStart, $"Expected \"{keyword}\", found {Describe(_lexer)}.");
            }

            Advance();
        }

        private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
        {
            if (!_lexer.IsKeyword(keyword))
            {
                return false;
            }

            Advance();
            return true;
        }

        // Moves to the next token, counting it against MaxTokens as graphql-js does (the end of file not counted).
        private void Advance()
        {
            if (_lexer.Advance() == TokenKind.Eof)
            {
                return;
            }

            _tokenCount++;
            if (_options.MaxTokens is { } maxTokens && _tokenCount > maxTokens)
            {
                // graphql-js's wording, "more that" included, so that clients see the same message.
                throw _lexer.Error(_lexer.TokenStart, $"Document contains more that {maxTokens} tokens. Parsing aborted.");
            }
        }

        private readonly GraphQLError ExpectedError(TokenKind kind) =>
            _lexer.Error(_lexer.TokenStart, $"Expected {TokenKindText.Describe(kind)}, found {Describe(_lexer)}.");

        private static GraphQLError Unexpected(Lexer token) =>
            token.Error(token.TokenStart, $"Unexpected {Describe(token)}.");

        // A token for a message: its kind, then its value in quotes if it has one (graphql-js's getTokenDesc).
        private static string Describe(Lexer token)
        {
            var kind = TokenKindText.Describe(token.Kind);
            return token.Value is { } value ? $"{kind} \"{value}\"" : kind;
        }
    }
}
