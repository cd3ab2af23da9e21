using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

public sealed class AstVisitorTests
{
    [Fact]
    public void Enters_and_leaves_nodes_in_graphql_js_order()
    {
        var document = Parser.Parse("query Q($v: Int = 1) @d { a: f(x: [$v]) { ... on T { g } } }");
        var trace = new TraceVisitor();

        trace.Visit(document);

        // The trace graphql-js's visit() gives for the same document (with the field names added).
        Assert.Equal(
            """
            enter Document
            enter OperationDefinition
            enter Name Q
            leave Name Q
            enter VariableDefinition
            enter Variable
            enter Name v
            leave Name v
            leave Variable
            enter NamedType
            enter Name Int
            leave Name Int
            leave NamedType
            enter IntValue
            leave IntValue
            leave VariableDefinition
            enter Directive
            enter Name d
            leave Name d
            leave Directive
            enter SelectionSet
            enter Field f
            enter Name a
            leave Name a
            enter Name f
            leave Name f
            enter Argument
            enter Name x
            leave Name x
            enter ListValue
            enter Variable
            enter Name v
            leave Name v
            leave Variable
            leave ListValue
            leave Argument
            enter SelectionSet
            enter InlineFragment
            enter NamedType
            enter Name T
            leave Name T
            leave NamedType
            enter SelectionSet
            enter Field g
            enter Name g
            leave Name g
            leave Field g
            leave SelectionSet
            leave InlineFragment
            leave SelectionSet
            leave Field f
            leave SelectionSet
            leave OperationDefinition
            leave Document
            """,
            string.Join('\n', trace.Events));
    }

    [Fact]
    public void Skips_the_children_of_a_node_and_does_not_leave_it()
    {
        var document = Parser.Parse("{ a { b } c }");
        var trace = new TraceVisitor { SkipChildrenOf = "a" };

        trace.Visit(document);

        Assert.Contains("enter Field a", trace.Events);
        Assert.DoesNotContain("enter Field b", trace.Events);
        Assert.DoesNotContain("leave Field a", trace.Events);
        Assert.Contains("enter Field c", trace.Events);
    }

    [Fact]
    public void Stops_the_walk_on_break()
    {
        var document = Parser.Parse("{ a { b } c }");
        var trace = new TraceVisitor { BreakAt = "b" };

        trace.Visit(document);

        Assert.Equal("enter Field b", trace.Events[^1]);
        Assert.DoesNotContain("enter Field c", trace.Events);
    }

    [Fact]
    public void Gives_the_ancestors_of_each_node_from_the_root()
    {
        var document = Parser.Parse("{ a(x: {y: 1}) }");
        var visitor = new AncestorsOfIntValue();

        visitor.Visit(document);

        Assert.Equal(
            [Kind.Document, Kind.OperationDefinition, Kind.SelectionSet, Kind.Field, Kind.Argument, Kind.ObjectValue, Kind.ObjectField],
            visitor.Kinds);
        Assert.Equal(Kind.ObjectField, visitor.ParentKind);
    }

    [Fact]
    public void Walks_an_AST_deeper_than_any_stack_without_recursing()
    {
        ValueNode value = new IntValueNode { Value = "1" };
        for (var i = 0; i < 200_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }

        var counter = new NodeCounter();
        counter.Visit(value);

        Assert.Equal(200_001, counter.Entered);
        Assert.Equal(200_001, counter.Left);
    }

    [Fact]
    public void Runs_visitors_in_parallel_each_with_its_own_skips_and_breaks()
    {
        var document = Parser.Parse("{ a { b } c { d } e }");
        var all = new TraceVisitor();
        var skipping = new TraceVisitor { SkipChildrenOf = "a" };
        var breaking = new TraceVisitor { BreakAt = "c" };

        new ParallelVisitor([all, skipping, breaking]).Visit(document);

        var fields = (TraceVisitor visitor) => visitor.Events.Where(e => e.StartsWith("enter Field", StringComparison.Ordinal));
        Assert.Equal(["enter Field a", "enter Field b", "enter Field c", "enter Field d", "enter Field e"], fields(all));
        Assert.Equal(["enter Field a", "enter Field c", "enter Field d", "enter Field e"], fields(skipping));
        Assert.Contains("leave Field c", skipping.Events);
        Assert.DoesNotContain("leave Field a", skipping.Events);
        Assert.Equal(["enter Field a", "enter Field b", "enter Field c"], fields(breaking));
        Assert.Equal("enter Field c", breaking.Events[^1]);
    }

    [Fact]
    public void Stops_a_parallel_walk_once_every_visitor_has_broken()
    {
        var document = Parser.Parse("{ a b c }");
        var first = new TraceVisitor { BreakAt = "a" };
        var second = new TraceVisitor { BreakAt = "b" };
        var counter = new NodeCounter();
        var parallel = new ParallelVisitor([first, second]);

        new ParallelVisitor([parallel, counter]).Visit(document);

        Assert.Equal("enter Field b", second.Events[^1]);
        Assert.True(counter.Entered > 0);
    }

    private sealed class TraceVisitor : AstVisitor
    {
        public List<string> Events { get; } = [];

        public string? SkipChildrenOf { get; init; }

        public string? BreakAt { get; init; }

        public override VisitorAction Enter(Node node, AstAncestors ancestors)
        {
            Events.Add("enter " + Describe(node));
            if (node is FieldNode field)
            {
                if (field.Name.Value == SkipChildrenOf)
                {
                    return VisitorAction.SkipChildren;
                }

                if (field.Name.Value == BreakAt)
                {
                    return VisitorAction.Break;
                }
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, AstAncestors ancestors)
        {
            Events.Add("leave " + Describe(node));
            return VisitorAction.Continue;
        }

        private static string Describe(Node node) => node switch
        {
            NameNode name => $"Name {name.Value}",
            FieldNode field => $"Field {field.Name.Value}",
            _ => node.Kind.ToString(),
        };
    }

    private sealed class AncestorsOfIntValue : AstVisitor
    {
        public List<Kind> Kinds { get; } = [];

        public Kind? ParentKind { get; private set; }

        public override VisitorAction Enter(Node node, AstAncestors ancestors)
        {
            if (node is IntValueNode)
            {
                Kinds.AddRange(ancestors.Select(ancestor => ancestor.Kind));
                ParentKind = ancestors.Parent?.Kind;
            }

            return VisitorAction.Continue;
        }
    }

    private sealed class NodeCounter : AstVisitor
    {
        public int Entered { get; private set; }

        public int Left { get; private set; }

        public override VisitorAction Enter(Node node, AstAncestors ancestors)
        {
            Entered++;
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, AstAncestors ancestors)
        {
            Left++;
            return VisitorAction.Continue;
        }
    }
}
