using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Tests.Support;

namespace Dbs.Domain.Tests.Agreements;

public sealed class AgreementTests
{
    private static readonly Supplier Supplier = new(Cvr.Parse("29189846"), "Leverandør A/S");
    private static readonly Municipality Viborg = new(Kommunekode.Parse("791"), "Viborg Kommune", "1082", "Region Midtjylland",
        Cvr.Parse("29189846"), true);

    [Fact]
    public void An_agreement_goes_from_draft_through_negotiation_to_active_and_then_terminated()
    {
        var agreement = Draft();

        ResultAssert.Success(agreement.StartNegotiation());
        ResultAssert.Success(agreement.Conclude(new DateOnly(2030, 1, 10), new DateOnly(2030, 2, 1)));
        Assert.Equal((AgreementStatus.Active, new DateOnly(2030, 2, 1)), (agreement.Status, agreement.ValidFrom));
        ResultAssert.Success(agreement.Terminate(new DateOnly(2031, 1, 31)));

        Assert.Equal((AgreementStatus.Terminated, new DateOnly(2031, 1, 31)), (agreement.Status, agreement.EndedOn));
    }

    [Fact]
    public void An_active_agreement_can_expire_but_an_ended_one_cannot_change_state()
    {
        var agreement = Draft();
        agreement.Conclude(new DateOnly(2030, 1, 10));

        ResultAssert.Success(agreement.Expire(new DateOnly(2032, 12, 31)));

        Assert.Equal("Expired", ResultAssert.Fails<InvalidTransition>(agreement.Terminate(new DateOnly(2033, 1, 1)).Error).From);
        ResultAssert.Fails<InvalidTransition>(agreement.Conclude(new DateOnly(2033, 1, 1)).Error);
        ResultAssert.Fails<InvalidTransition>(agreement.StartNegotiation().Error);
    }

    [Fact]
    public void A_draft_cannot_be_terminated_or_expire()
    {
        var agreement = Draft();

        ResultAssert.Fails<InvalidTransition>(agreement.Terminate(new DateOnly(2031, 1, 1)).Error);
        ResultAssert.Fails<InvalidTransition>(agreement.Expire(new DateOnly(2031, 1, 1)).Error);
    }

    [Fact]
    public void An_agreement_cannot_end_before_it_starts()
    {
        var result = Draft().Conclude(new DateOnly(2030, 1, 10), null, new DateOnly(2029, 12, 31));

        Assert.Equal("validTo", Assert.Single(ResultAssert.Fails<ValidationFailed>(result.Error).Errors).Field);
    }

    [Fact]
    public void An_agreement_covers_at_least_one_of_the_suppliers_own_systems()
    {
        var otherSupplier = new Supplier(Cvr.Parse("55133018"), "Anden A/S");

        var none = Agreement.Create(Viborg, Supplier, [], AgreementTemplate.SupplierOwn, PersonalDataCategories.Ordinary,
            DataSubjectCategories.Employees);
        var foreign = Agreement.Create(Viborg, Supplier, [new ItSystem(otherSupplier, "Fremmed")], AgreementTemplate.SupplierOwn,
            PersonalDataCategories.Ordinary, DataSubjectCategories.Employees);

        ResultAssert.Fails<ValidationFailed>(none.Error);
        Assert.Contains("Fremmed", Assert.Single(ResultAssert.Fails<ValidationFailed>(foreign.Error).Errors).Message, StringComparison.Ordinal);
    }

    private static Agreement Draft() =>
        Agreement.Create(Viborg, Supplier, [new ItSystem(Supplier, "Journal")], AgreementTemplate.CommonMunicipal,
            PersonalDataCategories.Special | PersonalDataCategories.CprNumbers, DataSubjectCategories.Citizens | DataSubjectCategories.Children).Value;
}
