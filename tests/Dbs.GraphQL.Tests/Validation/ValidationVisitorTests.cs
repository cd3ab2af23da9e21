using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Validation;

namespace Dbs.GraphQL.Tests.Validation;

public sealed class ValidationVisitorTests
{
    [Fact]
    public void Lets_one_rule_skip_a_subtree_while_the_others_walk_it()
    {
        var skipping = new FieldRecorder(skip: "owner");
        var seeingAll = new FieldRecorder(skip: null);

        DocumentValidator.Validate(ValidationTestSchema.Schema,
            Parser.Parse("{ dog { name owner { name pets { name } } nickname } }"), [_ => skipping, _ => seeingAll]);

        Assert.Equal(["dog", "name", "owner", "nickname"], skipping.Entered);
        Assert.Equal(["name", "nickname", "dog"], skipping.Left);
        Assert.Equal(["dog", "name", "owner", "name", "pets", "name", "nickname"], seeingAll.Entered);
    }

    [Fact]
    public void Gives_rules_the_types_and_ancestors_of_the_node_they_visit()
    {
        var rule = new TypeReporter();

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema,
            Parser.Parse("{ human { pets { ... on Dog { barkVolume } } } }"), [context => rule.With(context)]);

        Assert.Equal(
            [
                "human: Human on Query under SelectionSet",
                "pets: [Pet!]! on Human under SelectionSet",
                "barkVolume: Int on Dog under SelectionSet, InlineFragment",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Calls_only_the_methods_a_rule_overrides_even_beside_overloads_of_the_same_name()
    {
        var rule = new OverloadingRule();

        DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse("{ dog { name } }"), [_ => rule]);

        Assert.Equal(2, rule.Fields);
    }

    private sealed class FieldRecorder(string? skip) : ValidationVisitor
    {
        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        public override bool EnterField(FieldNode node)
        {
            Entered.Add(node.Name.Value);
            return node.Name.Value != skip;
        }

        public override void LeaveField(FieldNode node) => Left.Add(node.Name.Value);
    }

    private sealed class TypeReporter : ValidationVisitor
    {
        private ValidationContext? _context;

        public TypeReporter With(ValidationContext context)
        {
            _context = context;
            return this;
        }

        public override bool EnterField(FieldNode node)
        {
            var context = _context!;
            var ancestors = string.Join(", ", new[] { context.GetAncestor(1), context.GetAncestor(2) }
                .Where(a => a is SelectionSetNode or InlineFragmentNode)
                .Select(a => a!.Kind));
            context.ReportError(new GraphQLError(
                $"{node.Name.Value}: {context.TypeInfo.Type} on {context.TypeInfo.ParentType} under {ancestors}"));
            return true;
        }
    }

    private sealed class OverloadingRule : ValidationVisitor
    {
        public int Fields { get; private set; }

        public override bool EnterField(FieldNode node)
        {
            Fields++;
            return true;
        }

        // Not an override: never called by the walk.
        public bool EnterField(string name) => name.Length > 0 && ++Fields > 0;
    }
}
