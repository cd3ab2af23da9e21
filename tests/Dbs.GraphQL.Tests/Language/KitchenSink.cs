namespace Dbs.GraphQL.Tests.Language;

/// <summary>
/// Two documents that use every construct of the language, and graphql-js 16.15's <c>print()</c> of each.
/// </summary>
internal static class KitchenSink
{
    public const string Executable = """"
        # An executable document touching every construct of the language.
        """
        Loads an agreement with its processors.
        Second line of the description.
        """
        query AgreementWithProcessors(
          "The agreement to load" $id: ID! = "agr-1",
          $first: Int = 10 @deprecated,
          $filter: ProcessorFilterInput = {name: {contains: "Cloud"}, country: [DK, SE], active: true, score: -1.5e3, note: null}
        ) @live {
          agreement(id: $id) {
            id,
            title: name
            processors(first: $first, where: $filter, order: [{name: ASC}], after: "Y3Vyc29yOjE=", includeSubProcessorsOfAnyDepth: true) @include(if: true) {
              totalCount
              edges { cursor node { ...ProcessorFields } }
              pageInfo { hasNextPage endCursor }
            }
            ... on DataProcessingAgreement @skip(if: false) { signedAt }
            ... @defer(label: "slow") { auditTrail(limit: 5) { at by } }
            ... { nothing }
          }
          emoji: echo(text: "smile 😀, é, \u{1F600}, tab\t, quote \" and backslash \\ and ctrl \u0001")
          multiline: echo(text: """
              First line
                indented line
              Last line with \""" triple quotes
          """)
        }

        "Fields shared by every processor"
        fragment ProcessorFields on Processor @fragmentDirective {
          id
          name
          country
        }

        mutation {
          submitQuestionnaire(input: {questionnaireId: "q-1", answers: [{questionId: "a", value: "yes"}, {questionId: "b", value: 42}]}) {
            questionnaire { id }
            errors { __typename ... on Error { message } }
          }
        }

        subscription OnFinding { findingAdded { id severity } }

        { shorthand }
        """";

    public const string ExecutablePrinted = """"
        """
        Loads an agreement with its processors.
        Second line of the description.
        """
        query AgreementWithProcessors(
        "The agreement to load"
        $id: ID! = "agr-1"
        $first: Int = 10 @deprecated
        $filter: ProcessorFilterInput = {name: {contains: "Cloud"}, country: [DK, SE], active: true, score: -1.5e3, note: null}
        ) @live {
          agreement(id: $id) {
            id
            title: name
            processors(
              first: $first
              where: $filter
              order: [{name: ASC}]
              after: "Y3Vyc29yOjE="
              includeSubProcessorsOfAnyDepth: true
            ) @include(if: true) {
              totalCount
              edges {
                cursor
                node {
                  ...ProcessorFields
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
            ... on DataProcessingAgreement @skip(if: false) {
              signedAt
            }
            ... @defer(label: "slow") {
              auditTrail(limit: 5) {
                at
                by
              }
            }
            ... {
              nothing
            }
          }
          emoji: echo(
            text: "smile 😀, é, 😀, tab\t, quote \" and backslash \\ and ctrl \u0001"
          )
          multiline: echo(
            text: """
            First line
              indented line
            Last line with \""" triple quotes
            """
          )
        }

        "Fields shared by every processor"
        fragment ProcessorFields on Processor @fragmentDirective {
          id
          name
          country
        }

        mutation {
          submitQuestionnaire(
            input: {questionnaireId: "q-1", answers: [{questionId: "a", value: "yes"}, {questionId: "b", value: 42}]}
          ) {
            questionnaire {
              id
            }
            errors {
              __typename
              ... on Error {
                message
              }
            }
          }
        }

        subscription OnFinding {
          findingAdded {
            id
            severity
          }
        }

        {
          shorthand
        }
        """";

    public const string Schema = """"
        "The schema of the platform"
        schema @contact(name: "DBS") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """
        A date and time, as an ISO 8601 string.
        """
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        type Query implements Node & Entity @key(fields: "id") {
          "Finds an agreement"
          agreement(
            "The global ID"
            id: ID!
          ): Agreement
          agreements(first: Int = 10, after: String, where: AgreementFilterInput, order: [AgreementSortInput!] = [{title: ASC}]): AgreementsConnection! @cost(weight: "10")
          node(id: ID!): Node
          version: String @deprecated(reason: """Use "build" instead""")
        }

        interface Node { id: ID! }

        interface Entity implements Node & Auditable { id: ID! createdAt: DateTime! }

        union SearchResult @unionDirective = | Agreement | Processor | Finding

        enum Severity @enumDirective {
          "Nothing to act on"
          LOW
          MEDIUM @deprecated
          HIGH
        }

        input AgreementFilterInput {
          "Matches the title"
          title: StringOperationFilterInput
          and: [AgreementFilterInput!]
          limit: Int = 100 @constraint(max: 1000)
        }

        directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION

        "Marks a field as live"
        directive @live repeatable on | QUERY | FIELD

        directive @constraint("Maximum" max: Int, min: Int = 0) on INPUT_FIELD_DEFINITION

        extend schema @link(url: "https://specs.apollo.dev/federation/v2.0") { query: Query }

        extend scalar DateTime @tz

        extend type Query implements Extra @extra { extra: String }

        extend interface Node @nodeDirective

        extend union SearchResult = Session

        extend enum Severity { CRITICAL }

        extend input AgreementFilterInput @oneOf { status: String }
        """";

    public const string SchemaPrinted = """"
        "The schema of the platform"
        schema @contact(name: "DBS") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """A date and time, as an ISO 8601 string."""
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        type Query implements Node & Entity @key(fields: "id") {
          "Finds an agreement"
          agreement(
            "The global ID"
            id: ID!
          ): Agreement
          agreements(first: Int = 10, after: String, where: AgreementFilterInput, order: [AgreementSortInput!] = [{title: ASC}]): AgreementsConnection! @cost(weight: "10")
          node(id: ID!): Node
          version: String @deprecated(reason: """Use "build" instead""")
        }

        interface Node {
          id: ID!
        }

        interface Entity implements Node & Auditable {
          id: ID!
          createdAt: DateTime!
        }

        union SearchResult @unionDirective = Agreement | Processor | Finding

        enum Severity @enumDirective {
          "Nothing to act on"
          LOW
          MEDIUM @deprecated
          HIGH
        }

        input AgreementFilterInput {
          "Matches the title"
          title: StringOperationFilterInput
          and: [AgreementFilterInput!]
          limit: Int = 100 @constraint(max: 1000)
        }

        directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION

        "Marks a field as live"
        directive @live repeatable on QUERY | FIELD

        directive @constraint(
          "Maximum"
          max: Int
          min: Int = 0
        ) on INPUT_FIELD_DEFINITION

        extend schema @link(url: "https://specs.apollo.dev/federation/v2.0") {
          query: Query
        }

        extend scalar DateTime @tz

        extend type Query implements Extra @extra {
          extra: String
        }

        extend interface Node @nodeDirective

        extend union SearchResult = Session

        extend enum Severity {
          CRITICAL
        }

        extend input AgreementFilterInput @oneOf {
          status: String
        }
        """";
}
