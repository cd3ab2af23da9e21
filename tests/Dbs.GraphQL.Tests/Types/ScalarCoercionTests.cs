using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Types;

public sealed class ScalarCoercionTests
{
    private static string ErrorOf(Func<object?> coerce) => Assert.Throws<GraphQLError>(() => coerce()).Message;

    private static ObjectValueNode NestedObject() => new()
    {
        Fields =
        [
            new ObjectFieldNode
            {
                Name = new NameNode { Value = "a" },
                Value = new ListValueNode { Values = [new IntValueNode { Value = "1" }, new StringValueNode { Value = "x" }] },
            },
        ],
    };

    [Fact]
    public void Long_keeps_every_64_bit_value_exactly()
    {
        Assert.Equal(long.MaxValue, Scalars.Long.Serialize(long.MaxValue));
        Assert.Equal(long.MinValue, Scalars.Long.ParseValue(long.MinValue));
        Assert.Equal(9007199254740993L, Scalars.Long.ParseLiteral(new IntValueNode { Value = "9007199254740993" }));
        Assert.Equal(-42L, Scalars.Long.ParseLiteral(new IntValueNode { Value = "-42" }));
        Assert.Equal(5_000_000_000L, Scalars.Long.ParseValue(5_000_000_000d));
        Assert.Equal(7L, Scalars.Long.Serialize(7));
        Assert.Equal(3L, Scalars.Long.Serialize(3m));
    }

    [Fact]
    public void Long_refuses_fractions_values_beyond_64_bits_and_non_numbers()
    {
        Assert.Equal("Long cannot represent non-integer value: 1.5", ErrorOf(() => Scalars.Long.ParseValue(1.5)));
        Assert.Equal("Long cannot represent non-integer value: \"12\"", ErrorOf(() => Scalars.Long.ParseValue("12")));
        Assert.Equal("Long cannot represent non-integer value: true", ErrorOf(() => Scalars.Long.Serialize(true)));
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            ErrorOf(() => Scalars.Long.ParseLiteral(new IntValueNode { Value = "9223372036854775808" })));
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 18446744073709551615", ErrorOf(() => Scalars.Long.Serialize(ulong.MaxValue)));
        Assert.Equal("Long cannot represent non-integer value: \"5\"",
            ErrorOf(() => Scalars.Long.ParseLiteral(new StringValueNode { Value = "5" })));
        Assert.Equal("Long cannot represent non-integer value: 1.0",
            ErrorOf(() => Scalars.Long.ParseLiteral(new FloatValueNode { Value = "1.0" })));
    }

    [Fact]
    public void Int_serializes_integral_numbers_booleans_and_numeric_strings()
    {
        Assert.Equal(12, Scalars.Int.Serialize("12"));
        Assert.Equal(16, Scalars.Int.Serialize(" 0x10 "));
        Assert.Equal(1, Scalars.Int.Serialize(true));
        Assert.Equal(3, Scalars.Int.Serialize(3.0));
        Assert.Equal(-7, Scalars.Int.Serialize(-7L));
    }

    [Fact]
    public void Int_serialization_rejects_fractions_text_and_values_beyond_32_bits()
    {
        Assert.Equal("Int cannot represent non-integer value: 1.5", ErrorOf(() => Scalars.Int.Serialize(1.5)));
        Assert.Equal("Int cannot represent non-integer value: \"\"", ErrorOf(() => Scalars.Int.Serialize("")));
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", ErrorOf(() => Scalars.Int.Serialize("abc")));
        Assert.Equal("Int cannot represent non-integer value: [1]", ErrorOf(() => Scalars.Int.Serialize(new[] { 1 })));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ErrorOf(() => Scalars.Int.Serialize(2147483648L)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1e+100", ErrorOf(() => Scalars.Int.Serialize(1e100)));
    }

    [Fact]
    public void Int_parses_only_integral_numbers_within_32_bits()
    {
        Assert.Equal(1, Scalars.Int.ParseValue(1.0));
        Assert.Equal(int.MinValue, Scalars.Int.ParseValue(-2147483648L));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ErrorOf(() => Scalars.Int.ParseValue("1")));
        Assert.Equal("Int cannot represent non-integer value: null", ErrorOf(() => Scalars.Int.ParseValue(null)));
        Assert.Equal("Int cannot represent non-integer value: true", ErrorOf(() => Scalars.Int.ParseValue(true)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: -2147483649", ErrorOf(() => Scalars.Int.ParseValue(-2147483649L)));
    }

    [Fact]
    public void Int_literals_must_be_int_tokens_within_32_bits()
    {
        Assert.Equal(-5, Scalars.Int.ParseLiteral(new IntValueNode { Value = "-5" }));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648",
            ErrorOf(() => Scalars.Int.ParseLiteral(new IntValueNode { Value = "2147483648" })));
        Assert.Equal("Int cannot represent non-integer value: 1.0",
            ErrorOf(() => Scalars.Int.ParseLiteral(new FloatValueNode { Value = "1.0" })));
        Assert.Equal("Int cannot represent non-integer value: {a: [1, \"x\"]}",
            ErrorOf(() => Scalars.Int.ParseLiteral(NestedObject())));
    }

    [Fact]
    public void Float_coerces_finite_numbers_and_rejects_everything_else()
    {
        Assert.Equal(1.5, Scalars.Float.Serialize("1.5"));
        Assert.Equal(1.0, Scalars.Float.Serialize(true));
        Assert.Equal(2.0, Scalars.Float.ParseValue(2));
        Assert.Equal(3.0, Scalars.Float.ParseLiteral(new IntValueNode { Value = "3" }));
        Assert.Equal(0.25, Scalars.Float.ParseLiteral(new FloatValueNode { Value = "2.5e-1" }));
        Assert.Equal("Float cannot represent non numeric value: NaN", ErrorOf(() => Scalars.Float.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: \"x\"", ErrorOf(() => Scalars.Float.Serialize("x")));
        Assert.Equal("Float cannot represent non numeric value: Infinity", ErrorOf(() => Scalars.Float.ParseValue(double.PositiveInfinity)));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", ErrorOf(() => Scalars.Float.ParseValue("1")));
        Assert.Equal("Float cannot represent non numeric value: \"1\"",
            ErrorOf(() => Scalars.Float.ParseLiteral(new StringValueNode { Value = "1" })));
    }

    [Fact]
    public void String_serializes_text_booleans_and_numbers_as_javascript_prints_them()
    {
        Assert.Equal("1e+21", Scalars.String.Serialize(1e21));
        Assert.Equal("0.1", Scalars.String.Serialize(0.1));
        Assert.Equal("42", Scalars.String.Serialize(42));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("String cannot represent value: Infinity", ErrorOf(() => Scalars.String.Serialize(double.PositiveInfinity)));
        Assert.Equal("String cannot represent value: {}", ErrorOf(() => Scalars.String.Serialize(new Dictionary<string, object?>())));
    }

    [Fact]
    public void String_input_must_be_a_string()
    {
        Assert.Equal("abc", Scalars.String.ParseValue("abc"));
        Assert.Equal("String cannot represent a non string value: 1", ErrorOf(() => Scalars.String.ParseValue(1)));
        Assert.Equal("String cannot represent a non string value: ENUM",
            ErrorOf(() => Scalars.String.ParseLiteral(new EnumValueNode { Value = "ENUM" })));
    }

    [Fact]
    public void Boolean_accepts_booleans_and_serializes_numbers_as_truthiness()
    {
        Assert.Equal(false, Scalars.Boolean.Serialize(0));
        Assert.Equal(true, Scalars.Boolean.Serialize(2.5));
        Assert.Equal(true, Scalars.Boolean.ParseLiteral(new BooleanValueNode { Value = true }));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", ErrorOf(() => Scalars.Boolean.Serialize("true")));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ErrorOf(() => Scalars.Boolean.ParseValue(1)));
        Assert.Equal("Boolean cannot represent a non boolean value: null",
            ErrorOf(() => Scalars.Boolean.ParseLiteral(new NullValueNode())));
    }

    [Fact]
    public void ID_takes_strings_and_integers_and_gives_strings()
    {
        Assert.Equal("12", Scalars.ID.ParseValue(12));
        Assert.Equal("7", Scalars.ID.Serialize(7L));
        Assert.Equal("9", Scalars.ID.ParseLiteral(new IntValueNode { Value = "9" }));
        var guid = Guid.Parse("5b1c0b9e-2a55-4f43-9d3b-0c4d2f4e7a11");
        Assert.Equal("5b1c0b9e-2a55-4f43-9d3b-0c4d2f4e7a11", Scalars.ID.Serialize(guid));
        Assert.Equal("ID cannot represent value: 1.5", ErrorOf(() => Scalars.ID.Serialize(1.5)));
        Assert.Equal("ID cannot represent value: true", ErrorOf(() => Scalars.ID.Serialize(true)));
        Assert.Equal("ID cannot represent value: false", ErrorOf(() => Scalars.ID.ParseValue(false)));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5",
            ErrorOf(() => Scalars.ID.ParseLiteral(new FloatValueNode { Value = "1.5" })));
        Assert.Equal("ID cannot represent a non-string and non-integer value: [1]",
            ErrorOf(() => Scalars.ID.ParseLiteral(new ListValueNode { Values = [new IntValueNode { Value = "1" }] })));
    }

    [Fact]
    public void DateTime_round_trips_rfc_3339_text_with_an_offset()
    {
        var parsed = (DateTimeOffset)Scalars.DateTime.ParseValue("2025-09-01T14:30:00.5+02:00")!;
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 14, 30, 0, 500, TimeSpan.FromHours(2)), parsed);
        Assert.Equal("2025-09-01T14:30:00.5+02:00", Scalars.DateTime.Serialize(parsed));
        Assert.Equal("2025-09-01T12:30:00Z", Scalars.DateTime.Serialize(new DateTime(2025, 9, 1, 12, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2025-09-01T12:30:00Z", Scalars.DateTime.Serialize(new DateTime(2025, 9, 1, 12, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", Scalars.DateTime.SpecifiedByUrl);
    }

    [Theory]
    [InlineData("2025-09-01T12:30:00")]
    [InlineData("2025-09-01 12:30:00Z")]
    [InlineData("2025-13-01T12:30:00Z")]
    [InlineData("2025-02-30T12:30:00Z")]
    [InlineData("2025-09-01T24:00:00Z")]
    [InlineData("2025-09-01")]
    public void DateTime_rejects_text_that_is_not_an_rfc_3339_date_time_with_offset(string text)
    {
        Assert.Equal($"DateTime cannot represent an invalid date-time string: \"{text}\"", ErrorOf(() => Scalars.DateTime.ParseValue(text)));
    }

    [Fact]
    public void DateTime_rejects_non_strings()
    {
        Assert.Equal("DateTime cannot represent a non string value: 5", ErrorOf(() => Scalars.DateTime.ParseValue(5)));
        Assert.Equal("DateTime cannot represent a non string value: 5",
            ErrorOf(() => Scalars.DateTime.ParseLiteral(new IntValueNode { Value = "5" })));
        Assert.Equal("DateTime cannot represent value: true", ErrorOf(() => Scalars.DateTime.Serialize(true)));
    }

    [Fact]
    public void Date_round_trips_calendar_dates()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Scalars.Date.ParseLiteral(new StringValueNode { Value = "2024-02-29" }));
        Assert.Equal("2024-02-29", Scalars.Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal("2024-02-29", Scalars.Date.Serialize(new DateTime(2024, 2, 29, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("Date cannot represent an invalid date string: \"2023-02-29\"", ErrorOf(() => Scalars.Date.ParseValue("2023-02-29")));
        Assert.Equal("Date cannot represent an invalid date string: \"2024-2-9\"", ErrorOf(() => Scalars.Date.ParseValue("2024-2-9")));
        Assert.Equal("Date cannot represent a non string value: 20240229", ErrorOf(() => Scalars.Date.ParseValue(20240229)));
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date", Scalars.Date.SpecifiedByUrl);
    }

    [Fact]
    public void A_custom_scalar_declares_its_coercion_by_overriding_three_methods()
    {
        var scalar = new UpperCaseScalar();
        Assert.Equal("ABC", scalar.ParseValue("abc"));
        Assert.Equal("ABC", scalar.ParseLiteral(new StringValueNode { Value = "abc" }));
        Assert.Equal("abc", scalar.Serialize("ABC"));
        Assert.Equal("Upper cannot represent a non string value: 1", ErrorOf(() => scalar.ParseValue(1)));
    }

    [Fact]
    public void A_scalar_without_an_implementation_passes_values_through()
    {
        var scalar = new ScalarType("Json");
        var literal = new ObjectValueNode
        {
            Fields = [new ObjectFieldNode { Name = new NameNode { Value = "a" }, Value = new VariableNode { Name = new NameNode { Value = "v" } } }],
        };
        var parsed = Assert.IsType<Dictionary<string, object?>>(scalar.ParseLiteral(literal, new Dictionary<string, object?> { ["v"] = 3 }));
        Assert.Equal(3, parsed["a"]);
        Assert.Equal("x", scalar.Serialize("x"));
    }

    private sealed class UpperCaseScalar() : ScalarType("Upper")
    {
        public override object? Serialize(object? runtimeValue) => (runtimeValue as string)?.ToLowerInvariant();

        public override object? ParseValue(object? inputValue) => inputValue is string s
            ? s.ToUpperInvariant()
            : throw new GraphQLError("Upper cannot represent a non string value: " + Dbs.GraphQL.Utilities.ValueInspector.Inspect(inputValue));

        public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
            ParseValue((valueNode as StringValueNode)?.Value);
    }
}
