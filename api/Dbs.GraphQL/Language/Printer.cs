using System.Runtime.CompilerServices;
using System.Text;

namespace Dbs.GraphQL.Language;

/// <summary>
/// Prints an AST as GraphQL, exactly as graphql-js 16.15's <c>print()</c> does: two-space indentation, descriptions
/// on their own line, field arguments wrapped one per line when the line would pass 80 characters, argument and
/// variable definitions one per line when one of them spans lines.
/// </summary>
public static class Printer
{
    // graphql-js wraps a field's arguments when "name(args)" would be longer than this.
    private const int MaxLineLength = 80;

    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new Writer();
        writer.Node(node);
        return writer.ToString();
    }

    /// <summary>A string literal with graphql-js's escaping (<c>printString</c>): quotes, backslashes and control characters.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    result.Append("\\\"");
                    break;
                case '\\':
                    result.Append(@"\\");
                    break;
                case '\b':
                    result.Append(@"\b");
                    break;
                case '\t':
                    result.Append(@"\t");
                    break;
                case '\n':
                    result.Append(@"\n");
                    break;
                case '\f':
                    result.Append(@"\f");
                    break;
                case '\r':
                    result.Append(@"\r");
                    break;
                case < '\u0020' or >= '\u007F' and <= '\u009F':
                    result.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.Append('"').ToString();
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>
    /// Writes nodes with the current indentation after every line break, including those inside block strings, as
    /// graphql-js's renderer does.
    /// </summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _indentation;

        public override string ToString() => _text.ToString();

        public void Node(Node node)
        {
            // Parsed documents are shallow (ParserOptions.MaxDepth); an AST built by hand may not be.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (node)
            {
                case NameNode name:
                    Text(name.Value);
                    break;
                case DocumentNode document:
                    Join(document.Definitions, "\n\n");
                    break;
                case OperationDefinitionNode operation:
                    OperationDefinition(operation);
                    break;
                case VariableDefinitionNode variableDefinition:
                    Description(variableDefinition.Description);
                    Node(variableDefinition.Variable);
                    Text(": ");
                    Node(variableDefinition.Type);
                    DefaultValue(variableDefinition.DefaultValue);
                    Directives(" ", variableDefinition.Directives);
                    break;
                case VariableNode variable:
                    Text("$");
                    Node(variable.Name);
                    break;
                case SelectionSetNode selectionSet:
                    Block(selectionSet.Selections);
                    break;
                case FieldNode field:
                    Field(field);
                    break;
                case ArgumentNode argument:
                    Node(argument.Name);
                    Text(": ");
                    Node(argument.Value);
                    break;
                case FragmentSpreadNode spread:
                    Text("...");
                    Node(spread.Name);
                    Directives(" ", spread.Directives);
                    break;
                case InlineFragmentNode inlineFragment:
                    Text("...");
                    if (inlineFragment.TypeCondition is { } typeCondition)
                    {
                        Text(" on ");
                        Node(typeCondition);
                    }

                    Directives(" ", inlineFragment.Directives);
                    Space(inlineFragment.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    Description(fragment.Description);
                    Text("fragment ");
                    Node(fragment.Name);
                    if (fragment.VariableDefinitions.Count > 0)
                    {
                        Text("(");
                        Join(fragment.VariableDefinitions, ", ");
                        Text(")");
                    }

                    Text(" on ");
                    Node(fragment.TypeCondition);
                    Text(" ");
                    if (fragment.Directives.Count > 0)
                    {
                        Join(fragment.Directives, " ");
                        Text(" ");
                    }

                    Node(fragment.SelectionSet);
                    break;
                case IntValueNode intValue:
                    Text(intValue.Value);
                    break;
                case FloatValueNode floatValue:
                    Text(floatValue.Value);
                    break;
                case StringValueNode stringValue:
                    Text(stringValue.Block ? BlockString.Print(stringValue.Value) : PrintString(stringValue.Value));
                    break;
                case BooleanValueNode booleanValue:
                    Text(booleanValue.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    Text("null");
                    break;
                case EnumValueNode enumValue:
                    Text(enumValue.Value);
                    break;
                case ListValueNode list:
                    Text("[");
                    Join(list.Values, ", ");
                    Text("]");
                    break;
                case ObjectValueNode obj:
                    Text("{");
                    Join(obj.Fields, ", ");
                    Text("}");
                    break;
                case ObjectFieldNode objectField:
                    Node(objectField.Name);
                    Text(": ");
                    Node(objectField.Value);
                    break;
                case DirectiveNode directive:
                    Text("@");
                    Node(directive.Name);
                    if (directive.Arguments.Count > 0)
                    {
                        Text("(");
                        Join(directive.Arguments, ", ");
                        Text(")");
                    }

                    break;
                case NamedTypeNode namedType:
                    Node(namedType.Name);
                    break;
                case ListTypeNode listType:
                    Text("[");
                    Node(listType.Type);
                    Text("]");
                    break;
                case NonNullTypeNode nonNullType:
                    Node(nonNullType.Type);
                    Text("!");
                    break;
                case SchemaDefinitionNode schema:
                    Description(schema.Description);
                    Text("schema");
                    Directives(" ", schema.Directives);
                    SpaceBlock(schema.OperationTypes);
                    break;
                case OperationTypeDefinitionNode operationType:
                    Text(Keyword(operationType.Operation));
                    Text(": ");
                    Node(operationType.Type);
                    break;
                case ScalarTypeDefinitionNode scalar:
                    Description(scalar.Description);
                    Text("scalar ");
                    Node(scalar.Name);
                    Directives(" ", scalar.Directives);
                    break;
                case ObjectTypeDefinitionNode objectType:
                    Description(objectType.Description);
                    TypeWithFields("type ", objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields);
                    break;
                case FieldDefinitionNode fieldDefinition:
                    Description(fieldDefinition.Description);
                    Node(fieldDefinition.Name);
                    ArgumentDefinitions(fieldDefinition.Arguments);
                    Text(": ");
                    Node(fieldDefinition.Type);
                    Directives(" ", fieldDefinition.Directives);
                    break;
                case InputValueDefinitionNode inputValue:
                    Description(inputValue.Description);
                    Node(inputValue.Name);
                    Text(": ");
                    Node(inputValue.Type);
                    DefaultValue(inputValue.DefaultValue);
                    Directives(" ", inputValue.Directives);
                    break;
                case InterfaceTypeDefinitionNode interfaceType:
                    Description(interfaceType.Description);
                    TypeWithFields("interface ", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields);
                    break;
                case UnionTypeDefinitionNode union:
                    Description(union.Description);
                    Union("union ", union.Name, union.Directives, union.Types);
                    break;
                case EnumTypeDefinitionNode enumType:
                    Description(enumType.Description);
                    Text("enum ");
                    Node(enumType.Name);
                    Directives(" ", enumType.Directives);
                    SpaceBlock(enumType.Values);
                    break;
                case EnumValueDefinitionNode enumValueDefinition:
                    Description(enumValueDefinition.Description);
                    Node(enumValueDefinition.Name);
                    Directives(" ", enumValueDefinition.Directives);
                    break;
                case InputObjectTypeDefinitionNode inputObject:
                    Description(inputObject.Description);
                    Text("input ");
                    Node(inputObject.Name);
                    Directives(" ", inputObject.Directives);
                    SpaceBlock(inputObject.Fields);
                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    Description(directiveDefinition.Description);
                    Text("directive @");
                    Node(directiveDefinition.Name);
                    ArgumentDefinitions(directiveDefinition.Arguments);
                    Directives(" ", directiveDefinition.Directives);
                    if (directiveDefinition.Repeatable)
                    {
                        Text(" repeatable");
                    }

                    Text(" on ");
                    Join(directiveDefinition.Locations, " | ");
                    break;
                case SchemaExtensionNode schemaExtension:
                    Text("extend schema");
                    Directives(" ", schemaExtension.Directives);
                    SpaceBlock(schemaExtension.OperationTypes);
                    break;
                case ScalarTypeExtensionNode scalarExtension:
                    Text("extend scalar ");
                    Node(scalarExtension.Name);
                    Directives(" ", scalarExtension.Directives);
                    break;
                case ObjectTypeExtensionNode objectExtension:
                    TypeWithFields("extend type ", objectExtension.Name, objectExtension.Interfaces, objectExtension.Directives, objectExtension.Fields);
                    break;
                case InterfaceTypeExtensionNode interfaceExtension:
                    TypeWithFields("extend interface ", interfaceExtension.Name, interfaceExtension.Interfaces, interfaceExtension.Directives, interfaceExtension.Fields);
                    break;
                case UnionTypeExtensionNode unionExtension:
                    Union("extend union ", unionExtension.Name, unionExtension.Directives, unionExtension.Types);
                    break;
                case EnumTypeExtensionNode enumExtension:
                    Text("extend enum ");
                    Node(enumExtension.Name);
                    Directives(" ", enumExtension.Directives);
                    SpaceBlock(enumExtension.Values);
                    break;
                case InputObjectTypeExtensionNode inputExtension:
                    Text("extend input ");
                    Node(inputExtension.Name);
                    Directives(" ", inputExtension.Directives);
                    SpaceBlock(inputExtension.Fields);
                    break;
                case DirectiveExtensionNode directiveExtension:
                    Text("extend directive @");
                    Node(directiveExtension.Name);
                    Directives(" ", directiveExtension.Directives);
                    break;
                default:
                    throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node));
            }
        }

        private void OperationDefinition(OperationDefinitionNode operation)
        {
            // An anonymous query with nothing but a selection set prints as the shorthand.
            if (operation.Operation == OperationType.Query
                && operation.Description is null
                && operation.Name is null
                && operation.VariableDefinitions.Count == 0
                && operation.Directives.Count == 0)
            {
                Node(operation.SelectionSet);
                return;
            }

            Description(operation.Description);
            Text(Keyword(operation.Operation));
            if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
            {
                Text(" ");
                if (operation.Name is not null)
                {
                    Node(operation.Name);
                }

                if (operation.VariableDefinitions.Count > 0)
                {
                    // Variable definitions go one per line, without indentation, when one of them spans lines.
                    var printed = PrintEach(operation.VariableDefinitions);
                    var multiline = AnyMultiline(printed);
                    Text("(");
                    if (multiline)
                    {
                        NewLine();
                    }

                    JoinPrinted(printed, multiline ? "\n" : ", ");
                    if (multiline)
                    {
                        NewLine();
                    }

                    Text(")");
                }
            }

            Directives(" ", operation.Directives);
            Text(" ");
            Node(operation.SelectionSet);
        }

        private void Field(FieldNode field)
        {
            var start = _text.Length;
            if (field.Alias is not null)
            {
                Node(field.Alias);
                Text(": ");
            }

            Node(field.Name);
            if (field.Arguments.Count > 0)
            {
                var prefixLength = _text.Length - start;
                var printed = PrintEach(field.Arguments);
                var joinedLength = 0;
                foreach (var argument in printed)
                {
                    if (argument.Length > 0)
                    {
                        joinedLength += (joinedLength == 0 ? 0 : 2) + argument.Length;
                    }
                }

                if (prefixLength + joinedLength + 2 > MaxLineLength)
                {
                    IndentedList(printed);
                }
                else
                {
                    Text("(");
                    JoinPrinted(printed, ", ");
                    Text(")");
                }
            }

            Directives(" ", field.Directives);
            if (field.SelectionSet is not null)
            {
                Space(field.SelectionSet);
            }
        }

        // Argument definitions go one per line, indented, when one of them spans lines.
        private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count == 0)
            {
                return;
            }

            var printed = PrintEach(arguments);
            if (AnyMultiline(printed))
            {
                IndentedList(printed);
            }
            else
            {
                Text("(");
                JoinPrinted(printed, ", ");
                Text(")");
            }
        }

        private void TypeWithFields(
            string keyword,
            NameNode name,
            IReadOnlyList<NamedTypeNode> interfaces,
            IReadOnlyList<DirectiveNode> directives,
            IReadOnlyList<FieldDefinitionNode> fields)
        {
            Text(keyword);
            Node(name);
            if (interfaces.Count > 0)
            {
                Text(" implements ");
                Join(interfaces, " & ");
            }

            Directives(" ", directives);
            SpaceBlock(fields);
        }

        private void Union(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        {
            Text(keyword);
            Node(name);
            Directives(" ", directives);
            if (types.Count > 0)
            {
                Text(" = ");
                Join(types, " | ");
            }
        }

        private void Description(StringValueNode? description)
        {
            if (description is not null)
            {
                Node(description);
                NewLine();
            }
        }

        private void DefaultValue(ValueNode? value)
        {
            if (value is not null)
            {
                Text(" = ");
                Node(value);
            }
        }

        private void Directives(string prefix, IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count > 0)
            {
                Text(prefix);
                Join(directives, " ");
            }
        }

        private void Space(SelectionSetNode selectionSet)
        {
            if (selectionSet.Selections.Count > 0)
            {
                Text(" ");
                Node(selectionSet);
            }
        }

        private void SpaceBlock<T>(IReadOnlyList<T> items)
            where T : Node
        {
            if (items.Count > 0)
            {
                Text(" ");
                Block(items);
            }
        }

        private void Block<T>(IReadOnlyList<T> items)
            where T : Node
        {
            if (items.Count == 0)
            {
                return;
            }

            Text("{");
            _indentation++;
            NewLine();
            Join(items, "\n");
            _indentation--;
            NewLine();
            Text("}");
        }

        private void IndentedList(List<string> printed)
        {
            Text("(");
            _indentation++;
            NewLine();
            JoinPrinted(printed, "\n");
            _indentation--;
            NewLine();
            Text(")");
        }

        // Items that print as nothing are left out along with their separator, as graphql-js's join does.
        private void Join<T>(IReadOnlyList<T> items, string separator)
            where T : Node
        {
            var first = true;
            foreach (var item in items)
            {
                var before = _text.Length;
                if (!first)
                {
                    Text(separator);
                }

                var afterSeparator = _text.Length;
                Node(item);
                if (_text.Length == afterSeparator)
                {
                    _text.Length = before;
                }
                else
                {
                    first = false;
                }
            }
        }

        private void JoinPrinted(List<string> printed, string separator)
        {
            var first = true;
            foreach (var item in printed)
            {
                if (item.Length == 0)
                {
                    continue;
                }

                if (!first)
                {
                    Text(separator);
                }

                Text(item);
                first = false;
            }
        }

        // Prints items on their own, unindented, to measure them before choosing a layout.
        private static List<string> PrintEach<T>(IReadOnlyList<T> items)
            where T : Node
        {
            var printed = new List<string>(items.Count);
            foreach (var item in items)
            {
                var writer = new Writer();
                writer.Node(item);
                printed.Add(writer.ToString());
            }

            return printed;
        }

        private static bool AnyMultiline(List<string> printed) => printed.Exists(item => item.Contains('\n', StringComparison.Ordinal));

        private void NewLine() => _text.Append('\n').Append(' ', _indentation * 2);

        private void Text(string text)
        {
            var start = 0;
            while (true)
            {
                var lineBreak = text.IndexOf('\n', start);
                if (lineBreak < 0)
                {
                    _text.Append(text, start, text.Length - start);
                    return;
                }

                _text.Append(text, start, lineBreak - start);
                NewLine();
                start = lineBreak + 1;
            }
        }
    }
}
