using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Validation;

/// <summary>
/// The schema all validation tests share, after the examples of the specification's Validation section: pets,
/// humans and aliens, their commands, unions of them, an argument zoo, inputs with required, defaulted and nested
/// fields, a OneOf input, custom directives for every executable location, and a custom scalar with its own parsing.
/// </summary>
internal static class ValidationTestSchema
{
    public const string Sdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @note(text: String!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
        directive @weight(value: Int!, factor: Float = 1.0) on FIELD | FRAGMENT_DEFINITION

        type Query {
          dog: Dog
          cat: Cat
          pet: Pet
          pets: [Pet]
          human(id: ID): Human
          alien: Alien
          sentient: Sentient
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          findDog(complex: ComplexInput): Dog
          findPet(finder: PetFinder!): Pet
          arguments: Arguments
        }

        type Mutation {
          renameDog(name: String!, newName: String!): Dog
          adopt(finder: PetFinder!): Pet
        }

        type Subscription {
          newDog: Dog
          newMessage(room: String!): Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        enum CatCommand {
          JUMP
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
        }

        interface Pet {
          name: String
        }

        interface Canine implements Pet {
          name: String
          barkVolume: Int
        }

        interface Sentient {
          name: String!
        }

        type Dog implements Canine & Pet {
          name: String
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          isAtLocation(x: Int, y: Int): Boolean!
          owner: Human
          friends: [Pet]
        }

        type Cat implements Pet {
          name: String
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
          furColor: FurColor
          lives: Int!
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]!
          relatives: [Human]
          iq: Int
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
          iq: Float
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          stringListField: [String]
          nested: ComplexInput
        }

        input PetFinder @oneOf {
          name: String
          id: ID
          color: FurColor
        }

        scalar Shoe

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          stringArgField(stringArg: String): String
          idArgField(idArg: ID): ID
          enumArgField(color: FurColor): String
          complexArgField(complexArg: ComplexInput): String
          finderArgField(finder: PetFinder): String
          matrixArgField(matrix: [[Int!]]): Int
          shoeArgField(shoe: Shoe): String
        }
        """;

    public static Schema Schema { get; } = AstSchemaBuilder.BuildAstSchema(Parser.Parse(Sdl), [new ShoeSizeScalar()]);

    /// <summary>
    /// A custom scalar that accepts European shoe sizes 16 to 50 as Int literals and reports anything else with an
    /// exception of its own (not a <see cref="GraphQLError"/>).
    /// </summary>
    private sealed class ShoeSizeScalar() : ScalarType("Shoe")
    {
        public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
            valueNode is IntValueNode { Value: var text } && int.TryParse(text, out var size) && size is >= 16 and <= 50
                ? size
                : throw new FormatException("Shoe sizes are whole numbers from 16 to 50.");
    }
}
