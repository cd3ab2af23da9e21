using Dbs.Domain.Common;

namespace Dbs.Domain.Tests.Common;

public sealed class CvrTests
{
    [Theory]
    [InlineData("29189846")] // Viborg Kommune: weighted sum 187 = 11 · 17
    [InlineData("55133018")] // Aarhus Kommune
    [InlineData("64942212")] // Københavns Kommune
    public void Real_municipal_CVR_numbers_are_valid(string cvr)
    {
        Assert.True(Cvr.IsValid(cvr));
        Assert.Equal(cvr, Cvr.Parse(cvr).Value);
    }

    [Theory]
    [InlineData("29189847")] // last digit altered
    [InlineData("29189864")] // two digits swapped
    [InlineData("55133019")]
    [InlineData("64942213")]
    [InlineData("19189846")] // first digit altered
    public void Altered_CVR_numbers_fail_the_modulus_11_check(string cvr) => Assert.False(Cvr.IsValid(cvr));

    [Theory]
    [InlineData("")]
    [InlineData("2918984")]
    [InlineData("291898460")]
    [InlineData("2918984a")]
    [InlineData("02918984")]
    [InlineData("00000000")]
    [InlineData(null)]
    public void Anything_but_eight_digits_not_starting_with_zero_is_not_a_CVR(string? cvr) => Assert.False(Cvr.IsValid(cvr));

    [Fact]
    public void Surrounding_spaces_are_ignored_when_parsing()
    {
        Assert.True(Cvr.TryParse(" 29189846 ", out var cvr));
        Assert.Equal("29189846", cvr.Value);
    }

    [Fact]
    public void Invalid_user_input_becomes_a_validation_error_on_the_named_field()
    {
        var result = Cvr.Create("12345678", "supplierCvr");

        var error = Assert.IsType<ValidationFailed>(result.Error);
        Assert.Equal("supplierCvr", Assert.Single(error.Errors).Field);
        Assert.Equal("VALIDATION_FAILED", error.Code);
    }

    [Fact]
    public void Parsing_an_invalid_CVR_where_a_valid_one_is_expected_is_a_bug() =>
        Assert.Throws<FormatException>(() => Cvr.Parse("29189847"));
}
