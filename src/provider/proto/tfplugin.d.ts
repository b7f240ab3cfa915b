import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace tfplugin6. */
export namespace tfplugin6 {

    /**
     * Properties of a DynamicValue.
     * @deprecated Use tfplugin6.DynamicValue.$Properties instead.
     */
    interface IDynamicValue extends tfplugin6.DynamicValue.$Properties {
    }

    /** Represents a DynamicValue. */
    class DynamicValue {

        /**
         * Constructs a new DynamicValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.DynamicValue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DynamicValue msgpack. */
        msgpack: Uint8Array;

        /** DynamicValue json. */
        json: Uint8Array;

        /**
         * Creates a new DynamicValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DynamicValue instance
         */
        static create(properties: tfplugin6.DynamicValue.$Shape): tfplugin6.DynamicValue & tfplugin6.DynamicValue.$Shape;
        static create(properties?: tfplugin6.DynamicValue.$Properties): tfplugin6.DynamicValue;

        /**
         * Encodes the specified DynamicValue message. Does not implicitly {@link tfplugin6.DynamicValue.verify|verify} messages.
         * @param message DynamicValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.DynamicValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DynamicValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.DynamicValue & tfplugin6.DynamicValue.$Shape} DynamicValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.DynamicValue & tfplugin6.DynamicValue.$Shape;

        /**
         * Gets the type url for DynamicValue
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DynamicValue {

        /** Properties of a DynamicValue. */
        interface $Properties {

            /** DynamicValue msgpack */
            msgpack?: (Uint8Array|null);

            /** DynamicValue json */
            json?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DynamicValue. */
        type $Shape = tfplugin6.DynamicValue.$Properties;
    }

    /**
     * Properties of a Diagnostic.
     * @deprecated Use tfplugin6.Diagnostic.$Properties instead.
     */
    interface IDiagnostic extends tfplugin6.Diagnostic.$Properties {
    }

    /** Represents a Diagnostic. */
    class Diagnostic {

        /**
         * Constructs a new Diagnostic.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.Diagnostic.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Diagnostic severity. */
        severity: tfplugin6.Diagnostic.Severity;

        /** Diagnostic summary. */
        summary: string;

        /** Diagnostic detail. */
        detail: string;

        /** Diagnostic attribute. */
        attribute?: (tfplugin6.AttributePath.$Properties|null);

        /**
         * Creates a new Diagnostic instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Diagnostic instance
         */
        static create(properties: tfplugin6.Diagnostic.$Shape): tfplugin6.Diagnostic & tfplugin6.Diagnostic.$Shape;
        static create(properties?: tfplugin6.Diagnostic.$Properties): tfplugin6.Diagnostic;

        /**
         * Encodes the specified Diagnostic message. Does not implicitly {@link tfplugin6.Diagnostic.verify|verify} messages.
         * @param message Diagnostic message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.Diagnostic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Diagnostic message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.Diagnostic & tfplugin6.Diagnostic.$Shape} Diagnostic
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Diagnostic & tfplugin6.Diagnostic.$Shape;

        /**
         * Gets the type url for Diagnostic
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Diagnostic {

        /** Properties of a Diagnostic. */
        interface $Properties {

            /** Diagnostic severity */
            severity?: (tfplugin6.Diagnostic.Severity|null);

            /** Diagnostic summary */
            summary?: (string|null);

            /** Diagnostic detail */
            detail?: (string|null);

            /** Diagnostic attribute */
            attribute?: (tfplugin6.AttributePath.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Diagnostic. */
        type $Shape = {
          severity?: tfplugin6.Diagnostic.Severity|null;
          summary?: string|null;
          detail?: string|null;
          attribute?: tfplugin6.AttributePath.$Shape|null;
          $unknowns?: Uint8Array[];
        };

        /** Severity enum. */
        enum Severity {

            /** INVALID value */
            INVALID = 0,

            /** ERROR value */
            ERROR = 1,

            /** WARNING value */
            WARNING = 2
        }
    }

    /**
     * Properties of an AttributePath.
     * @deprecated Use tfplugin6.AttributePath.$Properties instead.
     */
    interface IAttributePath extends tfplugin6.AttributePath.$Properties {
    }

    /** Represents an AttributePath. */
    class AttributePath {

        /**
         * Constructs a new AttributePath.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.AttributePath.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AttributePath steps. */
        steps: tfplugin6.AttributePath.Step.$Properties[];

        /**
         * Creates a new AttributePath instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AttributePath instance
         */
        static create(properties: tfplugin6.AttributePath.$Shape): tfplugin6.AttributePath & tfplugin6.AttributePath.$Shape;
        static create(properties?: tfplugin6.AttributePath.$Properties): tfplugin6.AttributePath;

        /**
         * Encodes the specified AttributePath message. Does not implicitly {@link tfplugin6.AttributePath.verify|verify} messages.
         * @param message AttributePath message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.AttributePath.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttributePath message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.AttributePath & tfplugin6.AttributePath.$Shape} AttributePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.AttributePath & tfplugin6.AttributePath.$Shape;

        /**
         * Gets the type url for AttributePath
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttributePath {

        /** Properties of an AttributePath. */
        interface $Properties {

            /** AttributePath steps */
            steps?: (tfplugin6.AttributePath.Step.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AttributePath. */
        type $Shape = {
          steps?: tfplugin6.AttributePath.Step.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of a Step.
         * @deprecated Use tfplugin6.AttributePath.Step.$Properties instead.
         */
        interface IStep extends tfplugin6.AttributePath.Step.$Properties {
        }

        /** Represents a Step. */
        class Step {

            /**
             * Constructs a new Step.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.AttributePath.Step.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Step attribute_name. */
            attribute_name?: (string|null);

            /** Step element_key_string. */
            element_key_string?: (string|null);

            /** Step element_key_int. */
            element_key_int?: (number|Long|null);

            /** Step selector. */
            selector?: ("attribute_name"|"element_key_string"|"element_key_int");

            /**
             * Creates a new Step instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Step instance
             */
            static create(properties: tfplugin6.AttributePath.Step.$Shape): tfplugin6.AttributePath.Step & tfplugin6.AttributePath.Step.$Shape;
            static create(properties?: tfplugin6.AttributePath.Step.$Properties): tfplugin6.AttributePath.Step;

            /**
             * Encodes the specified Step message. Does not implicitly {@link tfplugin6.AttributePath.Step.verify|verify} messages.
             * @param message Step message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.AttributePath.Step.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Step message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.AttributePath.Step & tfplugin6.AttributePath.Step.$Shape} Step
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.AttributePath.Step & tfplugin6.AttributePath.Step.$Shape;

            /**
             * Gets the type url for Step
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Step {

            /** Properties of a Step. */
            interface $Properties {

                /** Step attribute_name */
                attribute_name?: (string|null);

                /** Step element_key_string */
                element_key_string?: (string|null);

                /** Step element_key_int */
                element_key_int?: (number|Long|null);

                /** Step selector */
                selector?: ("attribute_name"|"element_key_string"|"element_key_int");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Step. */
            type $Shape = {
              attribute_name?: string|null;
              element_key_string?: string|null;
              element_key_int?: number|Long|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ selector?: undefined; attribute_name?: null; element_key_string?: null; element_key_int?: null }|{ selector?: "attribute_name"; attribute_name: string; element_key_string?: null; element_key_int?: null }|{ selector?: "element_key_string"; attribute_name?: null; element_key_string: string; element_key_int?: null }|{ selector?: "element_key_int"; attribute_name?: null; element_key_string?: null; element_key_int: number|Long })
            );
        }
    }

    /**
     * Properties of a StopProvider.
     * @deprecated Use tfplugin6.StopProvider.$Properties instead.
     */
    interface IStopProvider extends tfplugin6.StopProvider.$Properties {
    }

    /** Represents a StopProvider. */
    class StopProvider {

        /**
         * Constructs a new StopProvider.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.StopProvider.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new StopProvider instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StopProvider instance
         */
        static create(properties: tfplugin6.StopProvider.$Shape): tfplugin6.StopProvider & tfplugin6.StopProvider.$Shape;
        static create(properties?: tfplugin6.StopProvider.$Properties): tfplugin6.StopProvider;

        /**
         * Encodes the specified StopProvider message. Does not implicitly {@link tfplugin6.StopProvider.verify|verify} messages.
         * @param message StopProvider message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.StopProvider.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StopProvider message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.StopProvider & tfplugin6.StopProvider.$Shape} StopProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider & tfplugin6.StopProvider.$Shape;

        /**
         * Gets the type url for StopProvider
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StopProvider {

        /** Properties of a StopProvider. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StopProvider. */
        type $Shape = tfplugin6.StopProvider.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.StopProvider.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.StopProvider.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.StopProvider.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.StopProvider.Request.$Shape): tfplugin6.StopProvider.Request & tfplugin6.StopProvider.Request.$Shape;
            static create(properties?: tfplugin6.StopProvider.Request.$Properties): tfplugin6.StopProvider.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.StopProvider.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.StopProvider.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.StopProvider.Request & tfplugin6.StopProvider.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider.Request & tfplugin6.StopProvider.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.StopProvider.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.StopProvider.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.StopProvider.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.StopProvider.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response Error. */
            Error: string;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.StopProvider.Response.$Shape): tfplugin6.StopProvider.Response & tfplugin6.StopProvider.Response.$Shape;
            static create(properties?: tfplugin6.StopProvider.Response.$Properties): tfplugin6.StopProvider.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.StopProvider.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.StopProvider.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.StopProvider.Response & tfplugin6.StopProvider.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider.Response & tfplugin6.StopProvider.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response Error */
                Error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = tfplugin6.StopProvider.Response.$Properties;
        }
    }

    /**
     * Properties of a RawState.
     * @deprecated Use tfplugin6.RawState.$Properties instead.
     */
    interface IRawState extends tfplugin6.RawState.$Properties {
    }

    /** Represents a RawState. */
    class RawState {

        /**
         * Constructs a new RawState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.RawState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RawState json. */
        json: Uint8Array;

        /** RawState flatmap. */
        flatmap: { [k: string]: string };

        /**
         * Creates a new RawState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RawState instance
         */
        static create(properties: tfplugin6.RawState.$Shape): tfplugin6.RawState & tfplugin6.RawState.$Shape;
        static create(properties?: tfplugin6.RawState.$Properties): tfplugin6.RawState;

        /**
         * Encodes the specified RawState message. Does not implicitly {@link tfplugin6.RawState.verify|verify} messages.
         * @param message RawState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.RawState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RawState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.RawState & tfplugin6.RawState.$Shape} RawState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.RawState & tfplugin6.RawState.$Shape;

        /**
         * Gets the type url for RawState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RawState {

        /** Properties of a RawState. */
        interface $Properties {

            /** RawState json */
            json?: (Uint8Array|null);

            /** RawState flatmap */
            flatmap?: ({ [k: string]: string }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RawState. */
        type $Shape = tfplugin6.RawState.$Properties;
    }

    /** StringKind enum. */
    enum StringKind {

        /** PLAIN value */
        PLAIN = 0,

        /** MARKDOWN value */
        MARKDOWN = 1
    }

    /**
     * Properties of a Schema.
     * @deprecated Use tfplugin6.Schema.$Properties instead.
     */
    interface ISchema extends tfplugin6.Schema.$Properties {
    }

    /** Represents a Schema. */
    class Schema {

        /**
         * Constructs a new Schema.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.Schema.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Schema version. */
        version: (number|Long);

        /** Schema block. */
        block?: (tfplugin6.Schema.Block.$Properties|null);

        /**
         * Creates a new Schema instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Schema instance
         */
        static create(properties: tfplugin6.Schema.$Shape): tfplugin6.Schema & tfplugin6.Schema.$Shape;
        static create(properties?: tfplugin6.Schema.$Properties): tfplugin6.Schema;

        /**
         * Encodes the specified Schema message. Does not implicitly {@link tfplugin6.Schema.verify|verify} messages.
         * @param message Schema message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.Schema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Schema message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.Schema & tfplugin6.Schema.$Shape} Schema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema & tfplugin6.Schema.$Shape;

        /**
         * Gets the type url for Schema
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Schema {

        /** Properties of a Schema. */
        interface $Properties {

            /** Schema version */
            version?: (number|Long|null);

            /** Schema block */
            block?: (tfplugin6.Schema.Block.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Schema. */
        type $Shape = tfplugin6.Schema.$Properties;

        /**
         * Properties of a Block.
         * @deprecated Use tfplugin6.Schema.Block.$Properties instead.
         */
        interface IBlock extends tfplugin6.Schema.Block.$Properties {
        }

        /** Represents a Block. */
        class Block {

            /**
             * Constructs a new Block.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.Block.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Block version. */
            version: (number|Long);

            /** Block attributes. */
            attributes: tfplugin6.Schema.Attribute.$Properties[];

            /** Block block_types. */
            block_types: tfplugin6.Schema.NestedBlock.$Properties[];

            /** Block description. */
            description: string;

            /** Block description_kind. */
            description_kind: tfplugin6.StringKind;

            /** Block deprecated. */
            deprecated: boolean;

            /**
             * Creates a new Block instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Block instance
             */
            static create(properties: tfplugin6.Schema.Block.$Shape): tfplugin6.Schema.Block & tfplugin6.Schema.Block.$Shape;
            static create(properties?: tfplugin6.Schema.Block.$Properties): tfplugin6.Schema.Block;

            /**
             * Encodes the specified Block message. Does not implicitly {@link tfplugin6.Schema.Block.verify|verify} messages.
             * @param message Block message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.Schema.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Block & tfplugin6.Schema.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Block & tfplugin6.Schema.Block.$Shape;

            /**
             * Gets the type url for Block
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Block {

            /** Properties of a Block. */
            interface $Properties {

                /** Block version */
                version?: (number|Long|null);

                /** Block attributes */
                attributes?: (tfplugin6.Schema.Attribute.$Properties[]|null);

                /** Block block_types */
                block_types?: (tfplugin6.Schema.NestedBlock.$Properties[]|null);

                /** Block description */
                description?: (string|null);

                /** Block description_kind */
                description_kind?: (tfplugin6.StringKind|null);

                /** Block deprecated */
                deprecated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Block. */
            type $Shape = tfplugin6.Schema.Block.$Properties;
        }

        /**
         * Properties of an Attribute.
         * @deprecated Use tfplugin6.Schema.Attribute.$Properties instead.
         */
        interface IAttribute extends tfplugin6.Schema.Attribute.$Properties {
        }

        /** Represents an Attribute. */
        class Attribute {

            /**
             * Constructs a new Attribute.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.Attribute.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attribute name. */
            name: string;

            /** Attribute type. */
            type: Uint8Array;

            /** Attribute nested_type. */
            nested_type?: (tfplugin6.Schema.Object.$Properties|null);

            /** Attribute description. */
            description: string;

            /** Attribute required. */
            required: boolean;

            /** Attribute optional. */
            optional: boolean;

            /** Attribute computed. */
            computed: boolean;

            /** Attribute sensitive. */
            sensitive: boolean;

            /** Attribute description_kind. */
            description_kind: tfplugin6.StringKind;

            /** Attribute deprecated. */
            deprecated: boolean;

            /** Attribute write_only. */
            write_only: boolean;

            /**
             * Creates a new Attribute instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attribute instance
             */
            static create(properties: tfplugin6.Schema.Attribute.$Shape): tfplugin6.Schema.Attribute & tfplugin6.Schema.Attribute.$Shape;
            static create(properties?: tfplugin6.Schema.Attribute.$Properties): tfplugin6.Schema.Attribute;

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link tfplugin6.Schema.Attribute.verify|verify} messages.
             * @param message Attribute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.Schema.Attribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Attribute & tfplugin6.Schema.Attribute.$Shape} Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Attribute & tfplugin6.Schema.Attribute.$Shape;

            /**
             * Gets the type url for Attribute
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Attribute {

            /** Properties of an Attribute. */
            interface $Properties {

                /** Attribute name */
                name?: (string|null);

                /** Attribute type */
                type?: (Uint8Array|null);

                /** Attribute nested_type */
                nested_type?: (tfplugin6.Schema.Object.$Properties|null);

                /** Attribute description */
                description?: (string|null);

                /** Attribute required */
                required?: (boolean|null);

                /** Attribute optional */
                optional?: (boolean|null);

                /** Attribute computed */
                computed?: (boolean|null);

                /** Attribute sensitive */
                sensitive?: (boolean|null);

                /** Attribute description_kind */
                description_kind?: (tfplugin6.StringKind|null);

                /** Attribute deprecated */
                deprecated?: (boolean|null);

                /** Attribute write_only */
                write_only?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attribute. */
            type $Shape = tfplugin6.Schema.Attribute.$Properties;
        }

        /**
         * Properties of a NestedBlock.
         * @deprecated Use tfplugin6.Schema.NestedBlock.$Properties instead.
         */
        interface INestedBlock extends tfplugin6.Schema.NestedBlock.$Properties {
        }

        /** Represents a NestedBlock. */
        class NestedBlock {

            /**
             * Constructs a new NestedBlock.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.NestedBlock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NestedBlock type_name. */
            type_name: string;

            /** NestedBlock block. */
            block?: (tfplugin6.Schema.Block.$Properties|null);

            /** NestedBlock nesting. */
            nesting: tfplugin6.Schema.NestedBlock.NestingMode;

            /** NestedBlock min_items. */
            min_items: (number|Long);

            /** NestedBlock max_items. */
            max_items: (number|Long);

            /**
             * Creates a new NestedBlock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NestedBlock instance
             */
            static create(properties: tfplugin6.Schema.NestedBlock.$Shape): tfplugin6.Schema.NestedBlock & tfplugin6.Schema.NestedBlock.$Shape;
            static create(properties?: tfplugin6.Schema.NestedBlock.$Properties): tfplugin6.Schema.NestedBlock;

            /**
             * Encodes the specified NestedBlock message. Does not implicitly {@link tfplugin6.Schema.NestedBlock.verify|verify} messages.
             * @param message NestedBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.Schema.NestedBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NestedBlock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.NestedBlock & tfplugin6.Schema.NestedBlock.$Shape} NestedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.NestedBlock & tfplugin6.Schema.NestedBlock.$Shape;

            /**
             * Gets the type url for NestedBlock
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NestedBlock {

            /** Properties of a NestedBlock. */
            interface $Properties {

                /** NestedBlock type_name */
                type_name?: (string|null);

                /** NestedBlock block */
                block?: (tfplugin6.Schema.Block.$Properties|null);

                /** NestedBlock nesting */
                nesting?: (tfplugin6.Schema.NestedBlock.NestingMode|null);

                /** NestedBlock min_items */
                min_items?: (number|Long|null);

                /** NestedBlock max_items */
                max_items?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NestedBlock. */
            type $Shape = tfplugin6.Schema.NestedBlock.$Properties;

            /** NestingMode enum. */
            enum NestingMode {

                /** INVALID value */
                INVALID = 0,

                /** SINGLE value */
                SINGLE = 1,

                /** LIST value */
                LIST = 2,

                /** SET value */
                SET = 3,

                /** MAP value */
                MAP = 4,

                /** GROUP value */
                GROUP = 5
            }
        }

        /**
         * Properties of an Object.
         * @deprecated Use tfplugin6.Schema.Object.$Properties instead.
         */
        interface IObject extends tfplugin6.Schema.Object.$Properties {
        }

        /** Represents an Object. */
        class Object {

            /**
             * Constructs a new Object.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.Object.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Object attributes. */
            attributes: tfplugin6.Schema.Attribute.$Properties[];

            /** Object nesting. */
            nesting: tfplugin6.Schema.Object.NestingMode;

            /**
             * Creates a new Object instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Object instance
             */
            static create(properties: tfplugin6.Schema.Object.$Shape): tfplugin6.Schema.Object & tfplugin6.Schema.Object.$Shape;
            static create(properties?: tfplugin6.Schema.Object.$Properties): tfplugin6.Schema.Object;

            /**
             * Encodes the specified Object message. Does not implicitly {@link tfplugin6.Schema.Object.verify|verify} messages.
             * @param message Object message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.Schema.Object.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Object message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Object & tfplugin6.Schema.Object.$Shape} Object
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Object & tfplugin6.Schema.Object.$Shape;

            /**
             * Gets the type url for Object
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Object {

            /** Properties of an Object. */
            interface $Properties {

                /** Object attributes */
                attributes?: (tfplugin6.Schema.Attribute.$Properties[]|null);

                /** Object nesting */
                nesting?: (tfplugin6.Schema.Object.NestingMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Object. */
            type $Shape = tfplugin6.Schema.Object.$Properties;

            /** NestingMode enum. */
            enum NestingMode {

                /** INVALID value */
                INVALID = 0,

                /** SINGLE value */
                SINGLE = 1,

                /** LIST value */
                LIST = 2,

                /** SET value */
                SET = 3,

                /** MAP value */
                MAP = 4
            }
        }
    }

    /**
     * Properties of a ServerCapabilities.
     * @deprecated Use tfplugin6.ServerCapabilities.$Properties instead.
     */
    interface IServerCapabilities extends tfplugin6.ServerCapabilities.$Properties {
    }

    /** Represents a ServerCapabilities. */
    class ServerCapabilities {

        /**
         * Constructs a new ServerCapabilities.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ServerCapabilities.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerCapabilities plan_destroy. */
        plan_destroy: boolean;

        /** ServerCapabilities get_provider_schema_optional. */
        get_provider_schema_optional: boolean;

        /** ServerCapabilities move_resource_state. */
        move_resource_state: boolean;

        /**
         * Creates a new ServerCapabilities instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerCapabilities instance
         */
        static create(properties: tfplugin6.ServerCapabilities.$Shape): tfplugin6.ServerCapabilities & tfplugin6.ServerCapabilities.$Shape;
        static create(properties?: tfplugin6.ServerCapabilities.$Properties): tfplugin6.ServerCapabilities;

        /**
         * Encodes the specified ServerCapabilities message. Does not implicitly {@link tfplugin6.ServerCapabilities.verify|verify} messages.
         * @param message ServerCapabilities message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ServerCapabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerCapabilities message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ServerCapabilities & tfplugin6.ServerCapabilities.$Shape} ServerCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ServerCapabilities & tfplugin6.ServerCapabilities.$Shape;

        /**
         * Gets the type url for ServerCapabilities
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerCapabilities {

        /** Properties of a ServerCapabilities. */
        interface $Properties {

            /** ServerCapabilities plan_destroy */
            plan_destroy?: (boolean|null);

            /** ServerCapabilities get_provider_schema_optional */
            get_provider_schema_optional?: (boolean|null);

            /** ServerCapabilities move_resource_state */
            move_resource_state?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerCapabilities. */
        type $Shape = tfplugin6.ServerCapabilities.$Properties;
    }

    /**
     * Properties of a ClientCapabilities.
     * @deprecated Use tfplugin6.ClientCapabilities.$Properties instead.
     */
    interface IClientCapabilities extends tfplugin6.ClientCapabilities.$Properties {
    }

    /** Represents a ClientCapabilities. */
    class ClientCapabilities {

        /**
         * Constructs a new ClientCapabilities.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ClientCapabilities.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientCapabilities deferral_allowed. */
        deferral_allowed: boolean;

        /** ClientCapabilities write_only_attributes_allowed. */
        write_only_attributes_allowed: boolean;

        /**
         * Creates a new ClientCapabilities instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientCapabilities instance
         */
        static create(properties: tfplugin6.ClientCapabilities.$Shape): tfplugin6.ClientCapabilities & tfplugin6.ClientCapabilities.$Shape;
        static create(properties?: tfplugin6.ClientCapabilities.$Properties): tfplugin6.ClientCapabilities;

        /**
         * Encodes the specified ClientCapabilities message. Does not implicitly {@link tfplugin6.ClientCapabilities.verify|verify} messages.
         * @param message ClientCapabilities message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ClientCapabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientCapabilities message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ClientCapabilities & tfplugin6.ClientCapabilities.$Shape} ClientCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ClientCapabilities & tfplugin6.ClientCapabilities.$Shape;

        /**
         * Gets the type url for ClientCapabilities
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClientCapabilities {

        /** Properties of a ClientCapabilities. */
        interface $Properties {

            /** ClientCapabilities deferral_allowed */
            deferral_allowed?: (boolean|null);

            /** ClientCapabilities write_only_attributes_allowed */
            write_only_attributes_allowed?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClientCapabilities. */
        type $Shape = tfplugin6.ClientCapabilities.$Properties;
    }

    /**
     * Properties of a GetMetadata.
     * @deprecated Use tfplugin6.GetMetadata.$Properties instead.
     */
    interface IGetMetadata extends tfplugin6.GetMetadata.$Properties {
    }

    /** Represents a GetMetadata. */
    class GetMetadata {

        /**
         * Constructs a new GetMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.GetMetadata.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new GetMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetMetadata instance
         */
        static create(properties: tfplugin6.GetMetadata.$Shape): tfplugin6.GetMetadata & tfplugin6.GetMetadata.$Shape;
        static create(properties?: tfplugin6.GetMetadata.$Properties): tfplugin6.GetMetadata;

        /**
         * Encodes the specified GetMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.verify|verify} messages.
         * @param message GetMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.GetMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.GetMetadata & tfplugin6.GetMetadata.$Shape} GetMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata & tfplugin6.GetMetadata.$Shape;

        /**
         * Gets the type url for GetMetadata
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetMetadata {

        /** Properties of a GetMetadata. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetMetadata. */
        type $Shape = tfplugin6.GetMetadata.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.GetMetadata.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.GetMetadata.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.GetMetadata.Request.$Shape): tfplugin6.GetMetadata.Request & tfplugin6.GetMetadata.Request.$Shape;
            static create(properties?: tfplugin6.GetMetadata.Request.$Properties): tfplugin6.GetMetadata.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetMetadata.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.GetMetadata.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.Request & tfplugin6.GetMetadata.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.Request & tfplugin6.GetMetadata.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.GetMetadata.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.GetMetadata.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.GetMetadata.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response server_capabilities. */
            server_capabilities?: (tfplugin6.ServerCapabilities.$Properties|null);

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /** Response data_sources. */
            data_sources: tfplugin6.GetMetadata.DataSourceMetadata.$Properties[];

            /** Response resources. */
            resources: tfplugin6.GetMetadata.ResourceMetadata.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.GetMetadata.Response.$Shape): tfplugin6.GetMetadata.Response & tfplugin6.GetMetadata.Response.$Shape;
            static create(properties?: tfplugin6.GetMetadata.Response.$Properties): tfplugin6.GetMetadata.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetMetadata.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.GetMetadata.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.Response & tfplugin6.GetMetadata.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.Response & tfplugin6.GetMetadata.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response server_capabilities */
                server_capabilities?: (tfplugin6.ServerCapabilities.$Properties|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Response data_sources */
                data_sources?: (tfplugin6.GetMetadata.DataSourceMetadata.$Properties[]|null);

                /** Response resources */
                resources?: (tfplugin6.GetMetadata.ResourceMetadata.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              server_capabilities?: tfplugin6.ServerCapabilities.$Shape|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              data_sources?: tfplugin6.GetMetadata.DataSourceMetadata.$Shape[]|null;
              resources?: tfplugin6.GetMetadata.ResourceMetadata.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DataSourceMetadata.
         * @deprecated Use tfplugin6.GetMetadata.DataSourceMetadata.$Properties instead.
         */
        interface IDataSourceMetadata extends tfplugin6.GetMetadata.DataSourceMetadata.$Properties {
        }

        /** Represents a DataSourceMetadata. */
        class DataSourceMetadata {

            /**
             * Constructs a new DataSourceMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.DataSourceMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataSourceMetadata type_name. */
            type_name: string;

            /**
             * Creates a new DataSourceMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataSourceMetadata instance
             */
            static create(properties: tfplugin6.GetMetadata.DataSourceMetadata.$Shape): tfplugin6.GetMetadata.DataSourceMetadata & tfplugin6.GetMetadata.DataSourceMetadata.$Shape;
            static create(properties?: tfplugin6.GetMetadata.DataSourceMetadata.$Properties): tfplugin6.GetMetadata.DataSourceMetadata;

            /**
             * Encodes the specified DataSourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.DataSourceMetadata.verify|verify} messages.
             * @param message DataSourceMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.GetMetadata.DataSourceMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataSourceMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.DataSourceMetadata & tfplugin6.GetMetadata.DataSourceMetadata.$Shape} DataSourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.DataSourceMetadata & tfplugin6.GetMetadata.DataSourceMetadata.$Shape;

            /**
             * Gets the type url for DataSourceMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DataSourceMetadata {

            /** Properties of a DataSourceMetadata. */
            interface $Properties {

                /** DataSourceMetadata type_name */
                type_name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataSourceMetadata. */
            type $Shape = tfplugin6.GetMetadata.DataSourceMetadata.$Properties;
        }

        /**
         * Properties of a ResourceMetadata.
         * @deprecated Use tfplugin6.GetMetadata.ResourceMetadata.$Properties instead.
         */
        interface IResourceMetadata extends tfplugin6.GetMetadata.ResourceMetadata.$Properties {
        }

        /** Represents a ResourceMetadata. */
        class ResourceMetadata {

            /**
             * Constructs a new ResourceMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.ResourceMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceMetadata type_name. */
            type_name: string;

            /**
             * Creates a new ResourceMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceMetadata instance
             */
            static create(properties: tfplugin6.GetMetadata.ResourceMetadata.$Shape): tfplugin6.GetMetadata.ResourceMetadata & tfplugin6.GetMetadata.ResourceMetadata.$Shape;
            static create(properties?: tfplugin6.GetMetadata.ResourceMetadata.$Properties): tfplugin6.GetMetadata.ResourceMetadata;

            /**
             * Encodes the specified ResourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.ResourceMetadata.verify|verify} messages.
             * @param message ResourceMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.GetMetadata.ResourceMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.ResourceMetadata & tfplugin6.GetMetadata.ResourceMetadata.$Shape} ResourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.ResourceMetadata & tfplugin6.GetMetadata.ResourceMetadata.$Shape;

            /**
             * Gets the type url for ResourceMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResourceMetadata {

            /** Properties of a ResourceMetadata. */
            interface $Properties {

                /** ResourceMetadata type_name */
                type_name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceMetadata. */
            type $Shape = tfplugin6.GetMetadata.ResourceMetadata.$Properties;
        }
    }

    /**
     * Properties of a GetProviderSchema.
     * @deprecated Use tfplugin6.GetProviderSchema.$Properties instead.
     */
    interface IGetProviderSchema extends tfplugin6.GetProviderSchema.$Properties {
    }

    /** Represents a GetProviderSchema. */
    class GetProviderSchema {

        /**
         * Constructs a new GetProviderSchema.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.GetProviderSchema.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new GetProviderSchema instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetProviderSchema instance
         */
        static create(properties: tfplugin6.GetProviderSchema.$Shape): tfplugin6.GetProviderSchema & tfplugin6.GetProviderSchema.$Shape;
        static create(properties?: tfplugin6.GetProviderSchema.$Properties): tfplugin6.GetProviderSchema;

        /**
         * Encodes the specified GetProviderSchema message. Does not implicitly {@link tfplugin6.GetProviderSchema.verify|verify} messages.
         * @param message GetProviderSchema message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.GetProviderSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetProviderSchema message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.GetProviderSchema & tfplugin6.GetProviderSchema.$Shape} GetProviderSchema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema & tfplugin6.GetProviderSchema.$Shape;

        /**
         * Gets the type url for GetProviderSchema
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetProviderSchema {

        /** Properties of a GetProviderSchema. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetProviderSchema. */
        type $Shape = tfplugin6.GetProviderSchema.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.GetProviderSchema.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.GetProviderSchema.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetProviderSchema.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.GetProviderSchema.Request.$Shape): tfplugin6.GetProviderSchema.Request & tfplugin6.GetProviderSchema.Request.$Shape;
            static create(properties?: tfplugin6.GetProviderSchema.Request.$Properties): tfplugin6.GetProviderSchema.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetProviderSchema.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.GetProviderSchema.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.GetProviderSchema.Request & tfplugin6.GetProviderSchema.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema.Request & tfplugin6.GetProviderSchema.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.GetProviderSchema.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.GetProviderSchema.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.GetProviderSchema.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetProviderSchema.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response provider. */
            provider?: (tfplugin6.Schema.$Properties|null);

            /** Response resource_schemas. */
            resource_schemas: { [k: string]: tfplugin6.Schema.$Properties };

            /** Response data_source_schemas. */
            data_source_schemas: { [k: string]: tfplugin6.Schema.$Properties };

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /** Response provider_meta. */
            provider_meta?: (tfplugin6.Schema.$Properties|null);

            /** Response server_capabilities. */
            server_capabilities?: (tfplugin6.ServerCapabilities.$Properties|null);

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.GetProviderSchema.Response.$Shape): tfplugin6.GetProviderSchema.Response & tfplugin6.GetProviderSchema.Response.$Shape;
            static create(properties?: tfplugin6.GetProviderSchema.Response.$Properties): tfplugin6.GetProviderSchema.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetProviderSchema.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.GetProviderSchema.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.GetProviderSchema.Response & tfplugin6.GetProviderSchema.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema.Response & tfplugin6.GetProviderSchema.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response provider */
                provider?: (tfplugin6.Schema.$Properties|null);

                /** Response resource_schemas */
                resource_schemas?: ({ [k: string]: tfplugin6.Schema.$Properties }|null);

                /** Response data_source_schemas */
                data_source_schemas?: ({ [k: string]: tfplugin6.Schema.$Properties }|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Response provider_meta */
                provider_meta?: (tfplugin6.Schema.$Properties|null);

                /** Response server_capabilities */
                server_capabilities?: (tfplugin6.ServerCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              provider?: tfplugin6.Schema.$Shape|null;
              resource_schemas?: { [k: string]: tfplugin6.Schema.$Shape }|null;
              data_source_schemas?: { [k: string]: tfplugin6.Schema.$Shape }|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              provider_meta?: tfplugin6.Schema.$Shape|null;
              server_capabilities?: tfplugin6.ServerCapabilities.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a ValidateProviderConfig.
     * @deprecated Use tfplugin6.ValidateProviderConfig.$Properties instead.
     */
    interface IValidateProviderConfig extends tfplugin6.ValidateProviderConfig.$Properties {
    }

    /** Represents a ValidateProviderConfig. */
    class ValidateProviderConfig {

        /**
         * Constructs a new ValidateProviderConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ValidateProviderConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ValidateProviderConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateProviderConfig instance
         */
        static create(properties: tfplugin6.ValidateProviderConfig.$Shape): tfplugin6.ValidateProviderConfig & tfplugin6.ValidateProviderConfig.$Shape;
        static create(properties?: tfplugin6.ValidateProviderConfig.$Properties): tfplugin6.ValidateProviderConfig;

        /**
         * Encodes the specified ValidateProviderConfig message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.verify|verify} messages.
         * @param message ValidateProviderConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ValidateProviderConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateProviderConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateProviderConfig & tfplugin6.ValidateProviderConfig.$Shape} ValidateProviderConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig & tfplugin6.ValidateProviderConfig.$Shape;

        /**
         * Gets the type url for ValidateProviderConfig
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ValidateProviderConfig {

        /** Properties of a ValidateProviderConfig. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidateProviderConfig. */
        type $Shape = tfplugin6.ValidateProviderConfig.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ValidateProviderConfig.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ValidateProviderConfig.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateProviderConfig.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ValidateProviderConfig.Request.$Shape): tfplugin6.ValidateProviderConfig.Request & tfplugin6.ValidateProviderConfig.Request.$Shape;
            static create(properties?: tfplugin6.ValidateProviderConfig.Request.$Properties): tfplugin6.ValidateProviderConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ValidateProviderConfig.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateProviderConfig.Request & tfplugin6.ValidateProviderConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig.Request & tfplugin6.ValidateProviderConfig.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ValidateProviderConfig.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ValidateProviderConfig.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ValidateProviderConfig.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateProviderConfig.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ValidateProviderConfig.Response.$Shape): tfplugin6.ValidateProviderConfig.Response & tfplugin6.ValidateProviderConfig.Response.$Shape;
            static create(properties?: tfplugin6.ValidateProviderConfig.Response.$Properties): tfplugin6.ValidateProviderConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ValidateProviderConfig.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateProviderConfig.Response & tfplugin6.ValidateProviderConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig.Response & tfplugin6.ValidateProviderConfig.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of an UpgradeResourceState.
     * @deprecated Use tfplugin6.UpgradeResourceState.$Properties instead.
     */
    interface IUpgradeResourceState extends tfplugin6.UpgradeResourceState.$Properties {
    }

    /** Represents an UpgradeResourceState. */
    class UpgradeResourceState {

        /**
         * Constructs a new UpgradeResourceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.UpgradeResourceState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new UpgradeResourceState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpgradeResourceState instance
         */
        static create(properties: tfplugin6.UpgradeResourceState.$Shape): tfplugin6.UpgradeResourceState & tfplugin6.UpgradeResourceState.$Shape;
        static create(properties?: tfplugin6.UpgradeResourceState.$Properties): tfplugin6.UpgradeResourceState;

        /**
         * Encodes the specified UpgradeResourceState message. Does not implicitly {@link tfplugin6.UpgradeResourceState.verify|verify} messages.
         * @param message UpgradeResourceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.UpgradeResourceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpgradeResourceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.UpgradeResourceState & tfplugin6.UpgradeResourceState.$Shape} UpgradeResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState & tfplugin6.UpgradeResourceState.$Shape;

        /**
         * Gets the type url for UpgradeResourceState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UpgradeResourceState {

        /** Properties of an UpgradeResourceState. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UpgradeResourceState. */
        type $Shape = tfplugin6.UpgradeResourceState.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.UpgradeResourceState.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.UpgradeResourceState.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.UpgradeResourceState.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request version. */
            version: (number|Long);

            /** Request raw_state. */
            raw_state?: (tfplugin6.RawState.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.UpgradeResourceState.Request.$Shape): tfplugin6.UpgradeResourceState.Request & tfplugin6.UpgradeResourceState.Request.$Shape;
            static create(properties?: tfplugin6.UpgradeResourceState.Request.$Properties): tfplugin6.UpgradeResourceState.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.UpgradeResourceState.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.UpgradeResourceState.Request & tfplugin6.UpgradeResourceState.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState.Request & tfplugin6.UpgradeResourceState.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request version */
                version?: (number|Long|null);

                /** Request raw_state */
                raw_state?: (tfplugin6.RawState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.UpgradeResourceState.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.UpgradeResourceState.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.UpgradeResourceState.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.UpgradeResourceState.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response upgraded_state. */
            upgraded_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.UpgradeResourceState.Response.$Shape): tfplugin6.UpgradeResourceState.Response & tfplugin6.UpgradeResourceState.Response.$Shape;
            static create(properties?: tfplugin6.UpgradeResourceState.Response.$Properties): tfplugin6.UpgradeResourceState.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.UpgradeResourceState.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.UpgradeResourceState.Response & tfplugin6.UpgradeResourceState.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState.Response & tfplugin6.UpgradeResourceState.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response upgraded_state */
                upgraded_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              upgraded_state?: tfplugin6.DynamicValue.$Shape|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a ValidateResourceConfig.
     * @deprecated Use tfplugin6.ValidateResourceConfig.$Properties instead.
     */
    interface IValidateResourceConfig extends tfplugin6.ValidateResourceConfig.$Properties {
    }

    /** Represents a ValidateResourceConfig. */
    class ValidateResourceConfig {

        /**
         * Constructs a new ValidateResourceConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ValidateResourceConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ValidateResourceConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateResourceConfig instance
         */
        static create(properties: tfplugin6.ValidateResourceConfig.$Shape): tfplugin6.ValidateResourceConfig & tfplugin6.ValidateResourceConfig.$Shape;
        static create(properties?: tfplugin6.ValidateResourceConfig.$Properties): tfplugin6.ValidateResourceConfig;

        /**
         * Encodes the specified ValidateResourceConfig message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.verify|verify} messages.
         * @param message ValidateResourceConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ValidateResourceConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateResourceConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateResourceConfig & tfplugin6.ValidateResourceConfig.$Shape} ValidateResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig & tfplugin6.ValidateResourceConfig.$Shape;

        /**
         * Gets the type url for ValidateResourceConfig
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ValidateResourceConfig {

        /** Properties of a ValidateResourceConfig. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidateResourceConfig. */
        type $Shape = tfplugin6.ValidateResourceConfig.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ValidateResourceConfig.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ValidateResourceConfig.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateResourceConfig.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request client_capabilities. */
            client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ValidateResourceConfig.Request.$Shape): tfplugin6.ValidateResourceConfig.Request & tfplugin6.ValidateResourceConfig.Request.$Shape;
            static create(properties?: tfplugin6.ValidateResourceConfig.Request.$Properties): tfplugin6.ValidateResourceConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ValidateResourceConfig.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateResourceConfig.Request & tfplugin6.ValidateResourceConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig.Request & tfplugin6.ValidateResourceConfig.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request client_capabilities */
                client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ValidateResourceConfig.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ValidateResourceConfig.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ValidateResourceConfig.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateResourceConfig.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ValidateResourceConfig.Response.$Shape): tfplugin6.ValidateResourceConfig.Response & tfplugin6.ValidateResourceConfig.Response.$Shape;
            static create(properties?: tfplugin6.ValidateResourceConfig.Response.$Properties): tfplugin6.ValidateResourceConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ValidateResourceConfig.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateResourceConfig.Response & tfplugin6.ValidateResourceConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig.Response & tfplugin6.ValidateResourceConfig.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a ValidateDataResourceConfig.
     * @deprecated Use tfplugin6.ValidateDataResourceConfig.$Properties instead.
     */
    interface IValidateDataResourceConfig extends tfplugin6.ValidateDataResourceConfig.$Properties {
    }

    /** Represents a ValidateDataResourceConfig. */
    class ValidateDataResourceConfig {

        /**
         * Constructs a new ValidateDataResourceConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ValidateDataResourceConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ValidateDataResourceConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateDataResourceConfig instance
         */
        static create(properties: tfplugin6.ValidateDataResourceConfig.$Shape): tfplugin6.ValidateDataResourceConfig & tfplugin6.ValidateDataResourceConfig.$Shape;
        static create(properties?: tfplugin6.ValidateDataResourceConfig.$Properties): tfplugin6.ValidateDataResourceConfig;

        /**
         * Encodes the specified ValidateDataResourceConfig message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.verify|verify} messages.
         * @param message ValidateDataResourceConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ValidateDataResourceConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateDataResourceConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateDataResourceConfig & tfplugin6.ValidateDataResourceConfig.$Shape} ValidateDataResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig & tfplugin6.ValidateDataResourceConfig.$Shape;

        /**
         * Gets the type url for ValidateDataResourceConfig
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ValidateDataResourceConfig {

        /** Properties of a ValidateDataResourceConfig. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidateDataResourceConfig. */
        type $Shape = tfplugin6.ValidateDataResourceConfig.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ValidateDataResourceConfig.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ValidateDataResourceConfig.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateDataResourceConfig.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ValidateDataResourceConfig.Request.$Shape): tfplugin6.ValidateDataResourceConfig.Request & tfplugin6.ValidateDataResourceConfig.Request.$Shape;
            static create(properties?: tfplugin6.ValidateDataResourceConfig.Request.$Properties): tfplugin6.ValidateDataResourceConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ValidateDataResourceConfig.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateDataResourceConfig.Request & tfplugin6.ValidateDataResourceConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig.Request & tfplugin6.ValidateDataResourceConfig.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ValidateDataResourceConfig.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ValidateDataResourceConfig.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ValidateDataResourceConfig.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateDataResourceConfig.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ValidateDataResourceConfig.Response.$Shape): tfplugin6.ValidateDataResourceConfig.Response & tfplugin6.ValidateDataResourceConfig.Response.$Shape;
            static create(properties?: tfplugin6.ValidateDataResourceConfig.Response.$Properties): tfplugin6.ValidateDataResourceConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ValidateDataResourceConfig.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateDataResourceConfig.Response & tfplugin6.ValidateDataResourceConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig.Response & tfplugin6.ValidateDataResourceConfig.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a ConfigureProvider.
     * @deprecated Use tfplugin6.ConfigureProvider.$Properties instead.
     */
    interface IConfigureProvider extends tfplugin6.ConfigureProvider.$Properties {
    }

    /** Represents a ConfigureProvider. */
    class ConfigureProvider {

        /**
         * Constructs a new ConfigureProvider.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ConfigureProvider.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ConfigureProvider instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfigureProvider instance
         */
        static create(properties: tfplugin6.ConfigureProvider.$Shape): tfplugin6.ConfigureProvider & tfplugin6.ConfigureProvider.$Shape;
        static create(properties?: tfplugin6.ConfigureProvider.$Properties): tfplugin6.ConfigureProvider;

        /**
         * Encodes the specified ConfigureProvider message. Does not implicitly {@link tfplugin6.ConfigureProvider.verify|verify} messages.
         * @param message ConfigureProvider message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ConfigureProvider.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfigureProvider message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ConfigureProvider & tfplugin6.ConfigureProvider.$Shape} ConfigureProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider & tfplugin6.ConfigureProvider.$Shape;

        /**
         * Gets the type url for ConfigureProvider
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ConfigureProvider {

        /** Properties of a ConfigureProvider. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConfigureProvider. */
        type $Shape = tfplugin6.ConfigureProvider.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ConfigureProvider.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ConfigureProvider.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ConfigureProvider.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request terraform_version. */
            terraform_version: string;

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request client_capabilities. */
            client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ConfigureProvider.Request.$Shape): tfplugin6.ConfigureProvider.Request & tfplugin6.ConfigureProvider.Request.$Shape;
            static create(properties?: tfplugin6.ConfigureProvider.Request.$Properties): tfplugin6.ConfigureProvider.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ConfigureProvider.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ConfigureProvider.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ConfigureProvider.Request & tfplugin6.ConfigureProvider.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider.Request & tfplugin6.ConfigureProvider.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request terraform_version */
                terraform_version?: (string|null);

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request client_capabilities */
                client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ConfigureProvider.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ConfigureProvider.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ConfigureProvider.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ConfigureProvider.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ConfigureProvider.Response.$Shape): tfplugin6.ConfigureProvider.Response & tfplugin6.ConfigureProvider.Response.$Shape;
            static create(properties?: tfplugin6.ConfigureProvider.Response.$Properties): tfplugin6.ConfigureProvider.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ConfigureProvider.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ConfigureProvider.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ConfigureProvider.Response & tfplugin6.ConfigureProvider.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider.Response & tfplugin6.ConfigureProvider.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a ReadResource.
     * @deprecated Use tfplugin6.ReadResource.$Properties instead.
     */
    interface IReadResource extends tfplugin6.ReadResource.$Properties {
    }

    /** Represents a ReadResource. */
    class ReadResource {

        /**
         * Constructs a new ReadResource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ReadResource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ReadResource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadResource instance
         */
        static create(properties: tfplugin6.ReadResource.$Shape): tfplugin6.ReadResource & tfplugin6.ReadResource.$Shape;
        static create(properties?: tfplugin6.ReadResource.$Properties): tfplugin6.ReadResource;

        /**
         * Encodes the specified ReadResource message. Does not implicitly {@link tfplugin6.ReadResource.verify|verify} messages.
         * @param message ReadResource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ReadResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadResource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ReadResource & tfplugin6.ReadResource.$Shape} ReadResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource & tfplugin6.ReadResource.$Shape;

        /**
         * Gets the type url for ReadResource
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadResource {

        /** Properties of a ReadResource. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadResource. */
        type $Shape = tfplugin6.ReadResource.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ReadResource.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ReadResource.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadResource.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request current_state. */
            current_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request private. */
            private: Uint8Array;

            /** Request provider_meta. */
            provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request client_capabilities. */
            client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ReadResource.Request.$Shape): tfplugin6.ReadResource.Request & tfplugin6.ReadResource.Request.$Shape;
            static create(properties?: tfplugin6.ReadResource.Request.$Properties): tfplugin6.ReadResource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadResource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ReadResource.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ReadResource.Request & tfplugin6.ReadResource.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource.Request & tfplugin6.ReadResource.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request current_state */
                current_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request private */
                "private"?: (Uint8Array|null);

                /** Request provider_meta */
                provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request client_capabilities */
                client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ReadResource.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ReadResource.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ReadResource.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadResource.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response new_state. */
            new_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /** Response private. */
            private: Uint8Array;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ReadResource.Response.$Shape): tfplugin6.ReadResource.Response & tfplugin6.ReadResource.Response.$Shape;
            static create(properties?: tfplugin6.ReadResource.Response.$Properties): tfplugin6.ReadResource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadResource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ReadResource.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ReadResource.Response & tfplugin6.ReadResource.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource.Response & tfplugin6.ReadResource.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response new_state */
                new_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Response private */
                "private"?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              new_state?: tfplugin6.DynamicValue.$Shape|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              "private"?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a PlanResourceChange.
     * @deprecated Use tfplugin6.PlanResourceChange.$Properties instead.
     */
    interface IPlanResourceChange extends tfplugin6.PlanResourceChange.$Properties {
    }

    /** Represents a PlanResourceChange. */
    class PlanResourceChange {

        /**
         * Constructs a new PlanResourceChange.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.PlanResourceChange.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new PlanResourceChange instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PlanResourceChange instance
         */
        static create(properties: tfplugin6.PlanResourceChange.$Shape): tfplugin6.PlanResourceChange & tfplugin6.PlanResourceChange.$Shape;
        static create(properties?: tfplugin6.PlanResourceChange.$Properties): tfplugin6.PlanResourceChange;

        /**
         * Encodes the specified PlanResourceChange message. Does not implicitly {@link tfplugin6.PlanResourceChange.verify|verify} messages.
         * @param message PlanResourceChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.PlanResourceChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PlanResourceChange message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.PlanResourceChange & tfplugin6.PlanResourceChange.$Shape} PlanResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange & tfplugin6.PlanResourceChange.$Shape;

        /**
         * Gets the type url for PlanResourceChange
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanResourceChange {

        /** Properties of a PlanResourceChange. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PlanResourceChange. */
        type $Shape = tfplugin6.PlanResourceChange.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.PlanResourceChange.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.PlanResourceChange.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.PlanResourceChange.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request prior_state. */
            prior_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request proposed_new_state. */
            proposed_new_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request prior_private. */
            prior_private: Uint8Array;

            /** Request provider_meta. */
            provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request client_capabilities. */
            client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.PlanResourceChange.Request.$Shape): tfplugin6.PlanResourceChange.Request & tfplugin6.PlanResourceChange.Request.$Shape;
            static create(properties?: tfplugin6.PlanResourceChange.Request.$Properties): tfplugin6.PlanResourceChange.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.PlanResourceChange.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.PlanResourceChange.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.PlanResourceChange.Request & tfplugin6.PlanResourceChange.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange.Request & tfplugin6.PlanResourceChange.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request prior_state */
                prior_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request proposed_new_state */
                proposed_new_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request prior_private */
                prior_private?: (Uint8Array|null);

                /** Request provider_meta */
                provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request client_capabilities */
                client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.PlanResourceChange.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.PlanResourceChange.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.PlanResourceChange.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.PlanResourceChange.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response planned_state. */
            planned_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Response requires_replace. */
            requires_replace: tfplugin6.AttributePath.$Properties[];

            /** Response planned_private. */
            planned_private: Uint8Array;

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /** Response legacy_type_system. */
            legacy_type_system: boolean;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.PlanResourceChange.Response.$Shape): tfplugin6.PlanResourceChange.Response & tfplugin6.PlanResourceChange.Response.$Shape;
            static create(properties?: tfplugin6.PlanResourceChange.Response.$Properties): tfplugin6.PlanResourceChange.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.PlanResourceChange.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.PlanResourceChange.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.PlanResourceChange.Response & tfplugin6.PlanResourceChange.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange.Response & tfplugin6.PlanResourceChange.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response planned_state */
                planned_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Response requires_replace */
                requires_replace?: (tfplugin6.AttributePath.$Properties[]|null);

                /** Response planned_private */
                planned_private?: (Uint8Array|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Response legacy_type_system */
                legacy_type_system?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              planned_state?: tfplugin6.DynamicValue.$Shape|null;
              requires_replace?: tfplugin6.AttributePath.$Shape[]|null;
              planned_private?: Uint8Array|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              legacy_type_system?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of an ApplyResourceChange.
     * @deprecated Use tfplugin6.ApplyResourceChange.$Properties instead.
     */
    interface IApplyResourceChange extends tfplugin6.ApplyResourceChange.$Properties {
    }

    /** Represents an ApplyResourceChange. */
    class ApplyResourceChange {

        /**
         * Constructs a new ApplyResourceChange.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ApplyResourceChange.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ApplyResourceChange instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ApplyResourceChange instance
         */
        static create(properties: tfplugin6.ApplyResourceChange.$Shape): tfplugin6.ApplyResourceChange & tfplugin6.ApplyResourceChange.$Shape;
        static create(properties?: tfplugin6.ApplyResourceChange.$Properties): tfplugin6.ApplyResourceChange;

        /**
         * Encodes the specified ApplyResourceChange message. Does not implicitly {@link tfplugin6.ApplyResourceChange.verify|verify} messages.
         * @param message ApplyResourceChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ApplyResourceChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ApplyResourceChange message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ApplyResourceChange & tfplugin6.ApplyResourceChange.$Shape} ApplyResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange & tfplugin6.ApplyResourceChange.$Shape;

        /**
         * Gets the type url for ApplyResourceChange
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ApplyResourceChange {

        /** Properties of an ApplyResourceChange. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ApplyResourceChange. */
        type $Shape = tfplugin6.ApplyResourceChange.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ApplyResourceChange.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ApplyResourceChange.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ApplyResourceChange.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request prior_state. */
            prior_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request planned_state. */
            planned_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request planned_private. */
            planned_private: Uint8Array;

            /** Request provider_meta. */
            provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ApplyResourceChange.Request.$Shape): tfplugin6.ApplyResourceChange.Request & tfplugin6.ApplyResourceChange.Request.$Shape;
            static create(properties?: tfplugin6.ApplyResourceChange.Request.$Properties): tfplugin6.ApplyResourceChange.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ApplyResourceChange.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ApplyResourceChange.Request & tfplugin6.ApplyResourceChange.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange.Request & tfplugin6.ApplyResourceChange.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request prior_state */
                prior_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request planned_state */
                planned_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request planned_private */
                planned_private?: (Uint8Array|null);

                /** Request provider_meta */
                provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ApplyResourceChange.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ApplyResourceChange.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ApplyResourceChange.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ApplyResourceChange.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response new_state. */
            new_state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Response private. */
            private: Uint8Array;

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /** Response legacy_type_system. */
            legacy_type_system: boolean;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ApplyResourceChange.Response.$Shape): tfplugin6.ApplyResourceChange.Response & tfplugin6.ApplyResourceChange.Response.$Shape;
            static create(properties?: tfplugin6.ApplyResourceChange.Response.$Properties): tfplugin6.ApplyResourceChange.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ApplyResourceChange.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ApplyResourceChange.Response & tfplugin6.ApplyResourceChange.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange.Response & tfplugin6.ApplyResourceChange.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response new_state */
                new_state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Response private */
                "private"?: (Uint8Array|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Response legacy_type_system */
                legacy_type_system?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              new_state?: tfplugin6.DynamicValue.$Shape|null;
              "private"?: Uint8Array|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              legacy_type_system?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of an ImportResourceState.
     * @deprecated Use tfplugin6.ImportResourceState.$Properties instead.
     */
    interface IImportResourceState extends tfplugin6.ImportResourceState.$Properties {
    }

    /** Represents an ImportResourceState. */
    class ImportResourceState {

        /**
         * Constructs a new ImportResourceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ImportResourceState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ImportResourceState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImportResourceState instance
         */
        static create(properties: tfplugin6.ImportResourceState.$Shape): tfplugin6.ImportResourceState & tfplugin6.ImportResourceState.$Shape;
        static create(properties?: tfplugin6.ImportResourceState.$Properties): tfplugin6.ImportResourceState;

        /**
         * Encodes the specified ImportResourceState message. Does not implicitly {@link tfplugin6.ImportResourceState.verify|verify} messages.
         * @param message ImportResourceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ImportResourceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImportResourceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ImportResourceState & tfplugin6.ImportResourceState.$Shape} ImportResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState & tfplugin6.ImportResourceState.$Shape;

        /**
         * Gets the type url for ImportResourceState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ImportResourceState {

        /** Properties of an ImportResourceState. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ImportResourceState. */
        type $Shape = tfplugin6.ImportResourceState.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ImportResourceState.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ImportResourceState.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ImportResourceState.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request id. */
            id: string;

            /** Request client_capabilities. */
            client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ImportResourceState.Request.$Shape): tfplugin6.ImportResourceState.Request & tfplugin6.ImportResourceState.Request.$Shape;
            static create(properties?: tfplugin6.ImportResourceState.Request.$Properties): tfplugin6.ImportResourceState.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ImportResourceState.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ImportResourceState.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.Request & tfplugin6.ImportResourceState.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.Request & tfplugin6.ImportResourceState.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request id */
                id?: (string|null);

                /** Request client_capabilities */
                client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ImportResourceState.Request.$Properties;
        }

        /**
         * Properties of an ImportedResource.
         * @deprecated Use tfplugin6.ImportResourceState.ImportedResource.$Properties instead.
         */
        interface IImportedResource extends tfplugin6.ImportResourceState.ImportedResource.$Properties {
        }

        /** Represents an ImportedResource. */
        class ImportedResource {

            /**
             * Constructs a new ImportedResource.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ImportResourceState.ImportedResource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImportedResource type_name. */
            type_name: string;

            /** ImportedResource state. */
            state?: (tfplugin6.DynamicValue.$Properties|null);

            /** ImportedResource private. */
            private: Uint8Array;

            /**
             * Creates a new ImportedResource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImportedResource instance
             */
            static create(properties: tfplugin6.ImportResourceState.ImportedResource.$Shape): tfplugin6.ImportResourceState.ImportedResource & tfplugin6.ImportResourceState.ImportedResource.$Shape;
            static create(properties?: tfplugin6.ImportResourceState.ImportedResource.$Properties): tfplugin6.ImportResourceState.ImportedResource;

            /**
             * Encodes the specified ImportedResource message. Does not implicitly {@link tfplugin6.ImportResourceState.ImportedResource.verify|verify} messages.
             * @param message ImportedResource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ImportResourceState.ImportedResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImportedResource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.ImportedResource & tfplugin6.ImportResourceState.ImportedResource.$Shape} ImportedResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.ImportedResource & tfplugin6.ImportResourceState.ImportedResource.$Shape;

            /**
             * Gets the type url for ImportedResource
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportedResource {

            /** Properties of an ImportedResource. */
            interface $Properties {

                /** ImportedResource type_name */
                type_name?: (string|null);

                /** ImportedResource state */
                state?: (tfplugin6.DynamicValue.$Properties|null);

                /** ImportedResource private */
                "private"?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImportedResource. */
            type $Shape = tfplugin6.ImportResourceState.ImportedResource.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ImportResourceState.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ImportResourceState.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ImportResourceState.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response imported_resources. */
            imported_resources: tfplugin6.ImportResourceState.ImportedResource.$Properties[];

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ImportResourceState.Response.$Shape): tfplugin6.ImportResourceState.Response & tfplugin6.ImportResourceState.Response.$Shape;
            static create(properties?: tfplugin6.ImportResourceState.Response.$Properties): tfplugin6.ImportResourceState.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ImportResourceState.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ImportResourceState.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.Response & tfplugin6.ImportResourceState.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.Response & tfplugin6.ImportResourceState.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response imported_resources */
                imported_resources?: (tfplugin6.ImportResourceState.ImportedResource.$Properties[]|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              imported_resources?: tfplugin6.ImportResourceState.ImportedResource.$Shape[]|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a ReadDataSource.
     * @deprecated Use tfplugin6.ReadDataSource.$Properties instead.
     */
    interface IReadDataSource extends tfplugin6.ReadDataSource.$Properties {
    }

    /** Represents a ReadDataSource. */
    class ReadDataSource {

        /**
         * Constructs a new ReadDataSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ReadDataSource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ReadDataSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadDataSource instance
         */
        static create(properties: tfplugin6.ReadDataSource.$Shape): tfplugin6.ReadDataSource & tfplugin6.ReadDataSource.$Shape;
        static create(properties?: tfplugin6.ReadDataSource.$Properties): tfplugin6.ReadDataSource;

        /**
         * Encodes the specified ReadDataSource message. Does not implicitly {@link tfplugin6.ReadDataSource.verify|verify} messages.
         * @param message ReadDataSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tfplugin6.ReadDataSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadDataSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tfplugin6.ReadDataSource & tfplugin6.ReadDataSource.$Shape} ReadDataSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource & tfplugin6.ReadDataSource.$Shape;

        /**
         * Gets the type url for ReadDataSource
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadDataSource {

        /** Properties of a ReadDataSource. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadDataSource. */
        type $Shape = tfplugin6.ReadDataSource.$Properties;

        /**
         * Properties of a Request.
         * @deprecated Use tfplugin6.ReadDataSource.Request.$Properties instead.
         */
        interface IRequest extends tfplugin6.ReadDataSource.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadDataSource.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request type_name. */
            type_name: string;

            /** Request config. */
            config?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request provider_meta. */
            provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

            /** Request client_capabilities. */
            client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: tfplugin6.ReadDataSource.Request.$Shape): tfplugin6.ReadDataSource.Request & tfplugin6.ReadDataSource.Request.$Shape;
            static create(properties?: tfplugin6.ReadDataSource.Request.$Properties): tfplugin6.ReadDataSource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadDataSource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ReadDataSource.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ReadDataSource.Request & tfplugin6.ReadDataSource.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource.Request & tfplugin6.ReadDataSource.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request type_name */
                type_name?: (string|null);

                /** Request config */
                config?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request provider_meta */
                provider_meta?: (tfplugin6.DynamicValue.$Properties|null);

                /** Request client_capabilities */
                client_capabilities?: (tfplugin6.ClientCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = tfplugin6.ReadDataSource.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use tfplugin6.ReadDataSource.Response.$Properties instead.
         */
        interface IResponse extends tfplugin6.ReadDataSource.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadDataSource.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response state. */
            state?: (tfplugin6.DynamicValue.$Properties|null);

            /** Response diagnostics. */
            diagnostics: tfplugin6.Diagnostic.$Properties[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: tfplugin6.ReadDataSource.Response.$Shape): tfplugin6.ReadDataSource.Response & tfplugin6.ReadDataSource.Response.$Shape;
            static create(properties?: tfplugin6.ReadDataSource.Response.$Properties): tfplugin6.ReadDataSource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadDataSource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tfplugin6.ReadDataSource.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tfplugin6.ReadDataSource.Response & tfplugin6.ReadDataSource.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource.Response & tfplugin6.ReadDataSource.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response state */
                state?: (tfplugin6.DynamicValue.$Properties|null);

                /** Response diagnostics */
                diagnostics?: (tfplugin6.Diagnostic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              state?: tfplugin6.DynamicValue.$Shape|null;
              diagnostics?: tfplugin6.Diagnostic.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}

/** Namespace plugin. */
export namespace plugin {

    /**
     * Properties of an Empty.
     * @deprecated Use plugin.Empty.$Properties instead.
     */
    interface IEmpty extends plugin.Empty.$Properties {
    }

    /** Represents an Empty. */
    class Empty {

        /**
         * Constructs a new Empty.
         * @param [properties] Properties to set
         */
        constructor(properties?: plugin.Empty.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Empty instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Empty instance
         */
        static create(properties: plugin.Empty.$Shape): plugin.Empty & plugin.Empty.$Shape;
        static create(properties?: plugin.Empty.$Properties): plugin.Empty;

        /**
         * Encodes the specified Empty message. Does not implicitly {@link plugin.Empty.verify|verify} messages.
         * @param message Empty message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: plugin.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {plugin.Empty & plugin.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugin.Empty & plugin.Empty.$Shape;

        /**
         * Gets the type url for Empty
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Empty {

        /** Properties of an Empty. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Empty. */
        type $Shape = plugin.Empty.$Properties;
    }
}
