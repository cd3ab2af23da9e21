namespace Dbs.GraphQL.Benchmarks;

// The CLR shape of the workload's data.json: plain classes whose properties the schema's fields read by default.
internal sealed record Agreement(string Id, string Title, string Status, string CreatedAt, double Value,
    List<Party> Parties, List<LineItem> LineItems, List<Tag> Tags, List<Note> Notes);

internal sealed record Party(string Id, string Name, string Role, Address Address);

internal sealed record Address(string Street, string City, string PostalCode, string Country);

internal sealed record LineItem(string Id, int Quantity, Money Price, Product Product);

internal sealed record Money(double Amount, string Currency);

internal sealed record Product(string Id, string Sku, string Name, Category Category);

internal sealed record Category(string Id, string Name);

internal sealed record Tag(string Name);

internal sealed record Note(string Id, string Text, string Author);
