/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.tfplugin6 = (function() {

    /**
     * Namespace tfplugin6.
     * @exports tfplugin6
     * @namespace
     */
    var tfplugin6 = {};

    tfplugin6.DynamicValue = (function() {

        /**
         * Properties of a DynamicValue.
         * @typedef {Object} tfplugin6.DynamicValue.$Properties
         * @property {Uint8Array|null} [msgpack] DynamicValue msgpack
         * @property {Uint8Array|null} [json] DynamicValue json
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DynamicValue.
         * @memberof tfplugin6
         * @interface IDynamicValue
         * @augments tfplugin6.DynamicValue.$Properties
         * @deprecated Use tfplugin6.DynamicValue.$Properties instead.
         */

        /**
         * Shape of a DynamicValue.
         * @typedef {tfplugin6.DynamicValue.$Properties} tfplugin6.DynamicValue.$Shape
         */

        /**
         * Constructs a new DynamicValue.
         * @memberof tfplugin6
         * @classdesc Represents a DynamicValue.
         * @constructor
         * @param {tfplugin6.DynamicValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DynamicValue = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DynamicValue msgpack.
         * @member {Uint8Array} msgpack
         * @memberof tfplugin6.DynamicValue
         * @instance
         */
        DynamicValue.prototype.msgpack = $util.newBuffer([]);

        /**
         * DynamicValue json.
         * @member {Uint8Array} json
         * @memberof tfplugin6.DynamicValue
         * @instance
         */
        DynamicValue.prototype.json = $util.newBuffer([]);

        /**
         * Creates a new DynamicValue instance using the specified properties.
         * @function create
         * @memberof tfplugin6.DynamicValue
         * @static
         * @param {tfplugin6.DynamicValue.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.DynamicValue} DynamicValue instance
         * @type {{
         *   (properties: tfplugin6.DynamicValue.$Shape): tfplugin6.DynamicValue & tfplugin6.DynamicValue.$Shape;
         *   (properties?: tfplugin6.DynamicValue.$Properties): tfplugin6.DynamicValue;
         * }}
         */
        DynamicValue.create = function(properties) {
            return new DynamicValue(properties);
        };

        /**
         * Encodes the specified DynamicValue message. Does not implicitly {@link tfplugin6.DynamicValue.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.DynamicValue
         * @static
         * @param {tfplugin6.DynamicValue.$Properties} message DynamicValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DynamicValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgpack != null && $Object.hasOwnProperty.call(message, "msgpack") && message.msgpack.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.msgpack);
            if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.json);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DynamicValue message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.DynamicValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.DynamicValue & tfplugin6.DynamicValue.$Shape} DynamicValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DynamicValue.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.DynamicValue();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.msgpack = value;
                        else
                            delete message.msgpack;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.json = value;
                        else
                            delete message.json;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for DynamicValue
         * @function getTypeUrl
         * @memberof tfplugin6.DynamicValue
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DynamicValue.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.DynamicValue";
        };

        return DynamicValue;
    })();

    tfplugin6.Diagnostic = (function() {

        /**
         * Properties of a Diagnostic.
         * @typedef {Object} tfplugin6.Diagnostic.$Properties
         * @property {tfplugin6.Diagnostic.Severity|null} [severity] Diagnostic severity
         * @property {string|null} [summary] Diagnostic summary
         * @property {string|null} [detail] Diagnostic detail
         * @property {tfplugin6.AttributePath.$Properties|null} [attribute] Diagnostic attribute
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Diagnostic.
         * @memberof tfplugin6
         * @interface IDiagnostic
         * @augments tfplugin6.Diagnostic.$Properties
         * @deprecated Use tfplugin6.Diagnostic.$Properties instead.
         */

        /**
         * Shape of a Diagnostic.
         * @typedef {{
         *   severity?: tfplugin6.Diagnostic.Severity|null;
         *   summary?: string|null;
         *   detail?: string|null;
         *   attribute?: tfplugin6.AttributePath.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tfplugin6.Diagnostic.$Shape
         */

        /**
         * Constructs a new Diagnostic.
         * @memberof tfplugin6
         * @classdesc Represents a Diagnostic.
         * @constructor
         * @param {tfplugin6.Diagnostic.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Diagnostic = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Diagnostic severity.
         * @member {tfplugin6.Diagnostic.Severity} severity
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.severity = 0;

        /**
         * Diagnostic summary.
         * @member {string} summary
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.summary = "";

        /**
         * Diagnostic detail.
         * @member {string} detail
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.detail = "";

        /**
         * Diagnostic attribute.
         * @member {tfplugin6.AttributePath.$Properties|null|undefined} attribute
         * @memberof tfplugin6.Diagnostic
         * @instance
         */
        Diagnostic.prototype.attribute = null;

        /**
         * Creates a new Diagnostic instance using the specified properties.
         * @function create
         * @memberof tfplugin6.Diagnostic
         * @static
         * @param {tfplugin6.Diagnostic.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.Diagnostic} Diagnostic instance
         * @type {{
         *   (properties: tfplugin6.Diagnostic.$Shape): tfplugin6.Diagnostic & tfplugin6.Diagnostic.$Shape;
         *   (properties?: tfplugin6.Diagnostic.$Properties): tfplugin6.Diagnostic;
         * }}
         */
        Diagnostic.create = function(properties) {
            return new Diagnostic(properties);
        };

        /**
         * Encodes the specified Diagnostic message. Does not implicitly {@link tfplugin6.Diagnostic.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.Diagnostic
         * @static
         * @param {tfplugin6.Diagnostic.$Properties} message Diagnostic message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Diagnostic.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.severity);
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.summary);
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
            if (message.attribute != null && $Object.hasOwnProperty.call(message, "attribute"))
                $root.tfplugin6.AttributePath.encode(message.attribute, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Diagnostic message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.Diagnostic
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.Diagnostic & tfplugin6.Diagnostic.$Shape} Diagnostic
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Diagnostic.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.Diagnostic();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.summary = value;
                        else
                            delete message.summary;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.detail = value;
                        else
                            delete message.detail;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.attribute = $root.tfplugin6.AttributePath.decode(reader, reader.size(), $undefined, _depth + 1, message.attribute);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Diagnostic
         * @function getTypeUrl
         * @memberof tfplugin6.Diagnostic
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Diagnostic.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.Diagnostic";
        };

        /**
         * Severity enum.
         * @name tfplugin6.Diagnostic.Severity
         * @enum {number}
         * @property {number} INVALID=0 INVALID value
         * @property {number} ERROR=1 ERROR value
         * @property {number} WARNING=2 WARNING value
         */
        Diagnostic.Severity = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INVALID"] = 0;
            values[valuesById[1] = "ERROR"] = 1;
            values[valuesById[2] = "WARNING"] = 2;
            return values;
        })();

        return Diagnostic;
    })();

    tfplugin6.AttributePath = (function() {

        /**
         * Properties of an AttributePath.
         * @typedef {Object} tfplugin6.AttributePath.$Properties
         * @property {Array.<tfplugin6.AttributePath.Step.$Properties>|null} [steps] AttributePath steps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttributePath.
         * @memberof tfplugin6
         * @interface IAttributePath
         * @augments tfplugin6.AttributePath.$Properties
         * @deprecated Use tfplugin6.AttributePath.$Properties instead.
         */

        /**
         * Shape of an AttributePath.
         * @typedef {{
         *   steps?: Array.<tfplugin6.AttributePath.Step.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tfplugin6.AttributePath.$Shape
         */

        /**
         * Constructs a new AttributePath.
         * @memberof tfplugin6
         * @classdesc Represents an AttributePath.
         * @constructor
         * @param {tfplugin6.AttributePath.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var AttributePath = function (properties) {
            this.steps = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttributePath steps.
         * @member {Array.<tfplugin6.AttributePath.Step.$Properties>} steps
         * @memberof tfplugin6.AttributePath
         * @instance
         */
        AttributePath.prototype.steps = $util.emptyArray;

        /**
         * Creates a new AttributePath instance using the specified properties.
         * @function create
         * @memberof tfplugin6.AttributePath
         * @static
         * @param {tfplugin6.AttributePath.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.AttributePath} AttributePath instance
         * @type {{
         *   (properties: tfplugin6.AttributePath.$Shape): tfplugin6.AttributePath & tfplugin6.AttributePath.$Shape;
         *   (properties?: tfplugin6.AttributePath.$Properties): tfplugin6.AttributePath;
         * }}
         */
        AttributePath.create = function(properties) {
            return new AttributePath(properties);
        };

        /**
         * Encodes the specified AttributePath message. Does not implicitly {@link tfplugin6.AttributePath.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.AttributePath
         * @static
         * @param {tfplugin6.AttributePath.$Properties} message AttributePath message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttributePath.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.steps != null && message.steps.length)
                for (var i = 0; i < message.steps.length; ++i)
                    $root.tfplugin6.AttributePath.Step.encode(message.steps[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AttributePath message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.AttributePath
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.AttributePath & tfplugin6.AttributePath.$Shape} AttributePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttributePath.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.AttributePath();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.steps && message.steps.length))
                            message.steps = [];
                        message.steps.push($root.tfplugin6.AttributePath.Step.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for AttributePath
         * @function getTypeUrl
         * @memberof tfplugin6.AttributePath
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttributePath.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.AttributePath";
        };

        AttributePath.Step = (function() {

            /**
             * Properties of a Step.
             * @typedef {Object} tfplugin6.AttributePath.Step.$Properties
             * @property {string|null} [attribute_name] Step attribute_name
             * @property {string|null} [element_key_string] Step element_key_string
             * @property {number|Long|null} [element_key_int] Step element_key_int
             * @property {"attribute_name"|"element_key_string"|"element_key_int"} [selector] Step selector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Step.
             * @memberof tfplugin6.AttributePath
             * @interface IStep
             * @augments tfplugin6.AttributePath.Step.$Properties
             * @deprecated Use tfplugin6.AttributePath.Step.$Properties instead.
             */

            /**
             * Narrowed shape of a Step.
             * @typedef {{
             *   attribute_name?: string|null;
             *   element_key_string?: string|null;
             *   element_key_int?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ selector?: undefined; attribute_name?: null; element_key_string?: null; element_key_int?: null }|{ selector?: "attribute_name"; attribute_name: string; element_key_string?: null; element_key_int?: null }|{ selector?: "element_key_string"; attribute_name?: null; element_key_string: string; element_key_int?: null }|{ selector?: "element_key_int"; attribute_name?: null; element_key_string?: null; element_key_int: number|Long })
             * )} tfplugin6.AttributePath.Step.$Shape
             */

            /**
             * Constructs a new Step.
             * @memberof tfplugin6.AttributePath
             * @classdesc Represents a Step.
             * @constructor
             * @param {tfplugin6.AttributePath.Step.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Step = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Step attribute_name.
             * @member {string|null|undefined} attribute_name
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            Step.prototype.attribute_name = null;

            /**
             * Step element_key_string.
             * @member {string|null|undefined} element_key_string
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            Step.prototype.element_key_string = null;

            /**
             * Step element_key_int.
             * @member {number|Long|null|undefined} element_key_int
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            Step.prototype.element_key_int = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Step selector.
             * @member {"attribute_name"|"element_key_string"|"element_key_int"|undefined} selector
             * @memberof tfplugin6.AttributePath.Step
             * @instance
             */
            $Object.defineProperty(Step.prototype, "selector", {
                get: $util.oneOfGetter($oneOfFields = ["attribute_name", "element_key_string", "element_key_int"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Step instance using the specified properties.
             * @function create
             * @memberof tfplugin6.AttributePath.Step
             * @static
             * @param {tfplugin6.AttributePath.Step.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.AttributePath.Step} Step instance
             * @type {{
             *   (properties: tfplugin6.AttributePath.Step.$Shape): tfplugin6.AttributePath.Step & tfplugin6.AttributePath.Step.$Shape;
             *   (properties?: tfplugin6.AttributePath.Step.$Properties): tfplugin6.AttributePath.Step;
             * }}
             */
            Step.create = function(properties) {
                return new Step(properties);
            };

            /**
             * Encodes the specified Step message. Does not implicitly {@link tfplugin6.AttributePath.Step.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.AttributePath.Step
             * @static
             * @param {tfplugin6.AttributePath.Step.$Properties} message Step message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Step.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attribute_name != null && $Object.hasOwnProperty.call(message, "attribute_name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.attribute_name);
                if (message.element_key_string != null && $Object.hasOwnProperty.call(message, "element_key_string"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.element_key_string);
                if (message.element_key_int != null && $Object.hasOwnProperty.call(message, "element_key_int"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.element_key_int);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Step message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.AttributePath.Step
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.AttributePath.Step & tfplugin6.AttributePath.Step.$Shape} Step
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Step.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.AttributePath.Step();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attribute_name = reader.stringVerify();
                            message.selector = "attribute_name";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.element_key_string = reader.stringVerify();
                            message.selector = "element_key_string";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.element_key_int = reader.int64();
                            message.selector = "element_key_int";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Step
             * @function getTypeUrl
             * @memberof tfplugin6.AttributePath.Step
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Step.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.AttributePath.Step";
            };

            return Step;
        })();

        return AttributePath;
    })();

    tfplugin6.StopProvider = (function() {

        /**
         * Properties of a StopProvider.
         * @typedef {Object} tfplugin6.StopProvider.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StopProvider.
         * @memberof tfplugin6
         * @interface IStopProvider
         * @augments tfplugin6.StopProvider.$Properties
         * @deprecated Use tfplugin6.StopProvider.$Properties instead.
         */

        /**
         * Shape of a StopProvider.
         * @typedef {tfplugin6.StopProvider.$Properties} tfplugin6.StopProvider.$Shape
         */

        /**
         * Constructs a new StopProvider.
         * @memberof tfplugin6
         * @classdesc Represents a StopProvider.
         * @constructor
         * @param {tfplugin6.StopProvider.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var StopProvider = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new StopProvider instance using the specified properties.
         * @function create
         * @memberof tfplugin6.StopProvider
         * @static
         * @param {tfplugin6.StopProvider.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.StopProvider} StopProvider instance
         * @type {{
         *   (properties: tfplugin6.StopProvider.$Shape): tfplugin6.StopProvider & tfplugin6.StopProvider.$Shape;
         *   (properties?: tfplugin6.StopProvider.$Properties): tfplugin6.StopProvider;
         * }}
         */
        StopProvider.create = function(properties) {
            return new StopProvider(properties);
        };

        /**
         * Encodes the specified StopProvider message. Does not implicitly {@link tfplugin6.StopProvider.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.StopProvider
         * @static
         * @param {tfplugin6.StopProvider.$Properties} message StopProvider message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StopProvider.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StopProvider message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.StopProvider
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.StopProvider & tfplugin6.StopProvider.$Shape} StopProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StopProvider.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.StopProvider();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for StopProvider
         * @function getTypeUrl
         * @memberof tfplugin6.StopProvider
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StopProvider.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.StopProvider";
        };

        StopProvider.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.StopProvider.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.StopProvider
             * @interface IRequest
             * @augments tfplugin6.StopProvider.Request.$Properties
             * @deprecated Use tfplugin6.StopProvider.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.StopProvider.Request.$Properties} tfplugin6.StopProvider.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.StopProvider
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.StopProvider.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.StopProvider.Request
             * @static
             * @param {tfplugin6.StopProvider.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.StopProvider.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.StopProvider.Request.$Shape): tfplugin6.StopProvider.Request & tfplugin6.StopProvider.Request.$Shape;
             *   (properties?: tfplugin6.StopProvider.Request.$Properties): tfplugin6.StopProvider.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.StopProvider.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.StopProvider.Request
             * @static
             * @param {tfplugin6.StopProvider.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.StopProvider.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.StopProvider.Request & tfplugin6.StopProvider.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.StopProvider.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.StopProvider.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.StopProvider.Request";
            };

            return Request;
        })();

        StopProvider.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.StopProvider.Response.$Properties
             * @property {string|null} [Error] Response Error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.StopProvider
             * @interface IResponse
             * @augments tfplugin6.StopProvider.Response.$Properties
             * @deprecated Use tfplugin6.StopProvider.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {tfplugin6.StopProvider.Response.$Properties} tfplugin6.StopProvider.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.StopProvider
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.StopProvider.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response Error.
             * @member {string} Error
             * @memberof tfplugin6.StopProvider.Response
             * @instance
             */
            Response.prototype.Error = "";

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.StopProvider.Response
             * @static
             * @param {tfplugin6.StopProvider.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.StopProvider.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.StopProvider.Response.$Shape): tfplugin6.StopProvider.Response & tfplugin6.StopProvider.Response.$Shape;
             *   (properties?: tfplugin6.StopProvider.Response.$Properties): tfplugin6.StopProvider.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.StopProvider.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.StopProvider.Response
             * @static
             * @param {tfplugin6.StopProvider.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.Error != null && $Object.hasOwnProperty.call(message, "Error") && message.Error !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.Error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.StopProvider.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.StopProvider.Response & tfplugin6.StopProvider.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.StopProvider.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.Error = value;
                            else
                                delete message.Error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.StopProvider.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.StopProvider.Response";
            };

            return Response;
        })();

        return StopProvider;
    })();

    tfplugin6.RawState = (function() {

        /**
         * Properties of a RawState.
         * @typedef {Object} tfplugin6.RawState.$Properties
         * @property {Uint8Array|null} [json] RawState json
         * @property {Object.<string,string>|null} [flatmap] RawState flatmap
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RawState.
         * @memberof tfplugin6
         * @interface IRawState
         * @augments tfplugin6.RawState.$Properties
         * @deprecated Use tfplugin6.RawState.$Properties instead.
         */

        /**
         * Shape of a RawState.
         * @typedef {tfplugin6.RawState.$Properties} tfplugin6.RawState.$Shape
         */

        /**
         * Constructs a new RawState.
         * @memberof tfplugin6
         * @classdesc Represents a RawState.
         * @constructor
         * @param {tfplugin6.RawState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var RawState = function (properties) {
            this.flatmap = {};
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RawState json.
         * @member {Uint8Array} json
         * @memberof tfplugin6.RawState
         * @instance
         */
        RawState.prototype.json = $util.newBuffer([]);

        /**
         * RawState flatmap.
         * @member {Object.<string,string>} flatmap
         * @memberof tfplugin6.RawState
         * @instance
         */
        RawState.prototype.flatmap = $util.emptyObject;

        /**
         * Creates a new RawState instance using the specified properties.
         * @function create
         * @memberof tfplugin6.RawState
         * @static
         * @param {tfplugin6.RawState.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.RawState} RawState instance
         * @type {{
         *   (properties: tfplugin6.RawState.$Shape): tfplugin6.RawState & tfplugin6.RawState.$Shape;
         *   (properties?: tfplugin6.RawState.$Properties): tfplugin6.RawState;
         * }}
         */
        RawState.create = function(properties) {
            return new RawState(properties);
        };

        /**
         * Encodes the specified RawState message. Does not implicitly {@link tfplugin6.RawState.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.RawState
         * @static
         * @param {tfplugin6.RawState.$Properties} message RawState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RawState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.json);
            if (message.flatmap != null && $Object.hasOwnProperty.call(message, "flatmap"))
                for (var keys = $Object.keys(message.flatmap), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.flatmap[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RawState message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.RawState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.RawState & tfplugin6.RawState.$Shape} RawState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RawState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.RawState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.json = value;
                        else
                            delete message.json;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.flatmap === $util.emptyObject)
                            message.flatmap = {};
                        var end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            var tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.flatmap, key);
                        message.flatmap[key] = value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for RawState
         * @function getTypeUrl
         * @memberof tfplugin6.RawState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RawState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.RawState";
        };

        return RawState;
    })();

    /**
     * StringKind enum.
     * @name tfplugin6.StringKind
     * @enum {number}
     * @property {number} PLAIN=0 PLAIN value
     * @property {number} MARKDOWN=1 MARKDOWN value
     */
    tfplugin6.StringKind = (function() {
        var valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PLAIN"] = 0;
        values[valuesById[1] = "MARKDOWN"] = 1;
        return values;
    })();

    tfplugin6.Schema = (function() {

        /**
         * Properties of a Schema.
         * @typedef {Object} tfplugin6.Schema.$Properties
         * @property {number|Long|null} [version] Schema version
         * @property {tfplugin6.Schema.Block.$Properties|null} [block] Schema block
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Schema.
         * @memberof tfplugin6
         * @interface ISchema
         * @augments tfplugin6.Schema.$Properties
         * @deprecated Use tfplugin6.Schema.$Properties instead.
         */

        /**
         * Shape of a Schema.
         * @typedef {tfplugin6.Schema.$Properties} tfplugin6.Schema.$Shape
         */

        /**
         * Constructs a new Schema.
         * @memberof tfplugin6
         * @classdesc Represents a Schema.
         * @constructor
         * @param {tfplugin6.Schema.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Schema = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Schema version.
         * @member {number|Long} version
         * @memberof tfplugin6.Schema
         * @instance
         */
        Schema.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Schema block.
         * @member {tfplugin6.Schema.Block.$Properties|null|undefined} block
         * @memberof tfplugin6.Schema
         * @instance
         */
        Schema.prototype.block = null;

        /**
         * Creates a new Schema instance using the specified properties.
         * @function create
         * @memberof tfplugin6.Schema
         * @static
         * @param {tfplugin6.Schema.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.Schema} Schema instance
         * @type {{
         *   (properties: tfplugin6.Schema.$Shape): tfplugin6.Schema & tfplugin6.Schema.$Shape;
         *   (properties?: tfplugin6.Schema.$Properties): tfplugin6.Schema;
         * }}
         */
        Schema.create = function(properties) {
            return new Schema(properties);
        };

        /**
         * Encodes the specified Schema message. Does not implicitly {@link tfplugin6.Schema.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.Schema
         * @static
         * @param {tfplugin6.Schema.$Properties} message Schema message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Schema.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.version);
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                $root.tfplugin6.Schema.Block.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Schema message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.Schema
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.Schema & tfplugin6.Schema.$Shape} Schema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Schema.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.Schema();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.block = $root.tfplugin6.Schema.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Schema
         * @function getTypeUrl
         * @memberof tfplugin6.Schema
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Schema.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.Schema";
        };

        Schema.Block = (function() {

            /**
             * Properties of a Block.
             * @typedef {Object} tfplugin6.Schema.Block.$Properties
             * @property {number|Long|null} [version] Block version
             * @property {Array.<tfplugin6.Schema.Attribute.$Properties>|null} [attributes] Block attributes
             * @property {Array.<tfplugin6.Schema.NestedBlock.$Properties>|null} [block_types] Block block_types
             * @property {string|null} [description] Block description
             * @property {tfplugin6.StringKind|null} [description_kind] Block description_kind
             * @property {boolean|null} [deprecated] Block deprecated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Block.
             * @memberof tfplugin6.Schema
             * @interface IBlock
             * @augments tfplugin6.Schema.Block.$Properties
             * @deprecated Use tfplugin6.Schema.Block.$Properties instead.
             */

            /**
             * Shape of a Block.
             * @typedef {tfplugin6.Schema.Block.$Properties} tfplugin6.Schema.Block.$Shape
             */

            /**
             * Constructs a new Block.
             * @memberof tfplugin6.Schema
             * @classdesc Represents a Block.
             * @constructor
             * @param {tfplugin6.Schema.Block.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Block = function (properties) {
                this.attributes = [];
                this.block_types = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Block version.
             * @member {number|Long} version
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Block attributes.
             * @member {Array.<tfplugin6.Schema.Attribute.$Properties>} attributes
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.attributes = $util.emptyArray;

            /**
             * Block block_types.
             * @member {Array.<tfplugin6.Schema.NestedBlock.$Properties>} block_types
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.block_types = $util.emptyArray;

            /**
             * Block description.
             * @member {string} description
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.description = "";

            /**
             * Block description_kind.
             * @member {tfplugin6.StringKind} description_kind
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.description_kind = 0;

            /**
             * Block deprecated.
             * @member {boolean} deprecated
             * @memberof tfplugin6.Schema.Block
             * @instance
             */
            Block.prototype.deprecated = false;

            /**
             * Creates a new Block instance using the specified properties.
             * @function create
             * @memberof tfplugin6.Schema.Block
             * @static
             * @param {tfplugin6.Schema.Block.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.Schema.Block} Block instance
             * @type {{
             *   (properties: tfplugin6.Schema.Block.$Shape): tfplugin6.Schema.Block & tfplugin6.Schema.Block.$Shape;
             *   (properties?: tfplugin6.Schema.Block.$Properties): tfplugin6.Schema.Block;
             * }}
             */
            Block.create = function(properties) {
                return new Block(properties);
            };

            /**
             * Encodes the specified Block message. Does not implicitly {@link tfplugin6.Schema.Block.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.Block
             * @static
             * @param {tfplugin6.Schema.Block.$Properties} message Block message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.version);
                if (message.attributes != null && message.attributes.length)
                    for (var i = 0; i < message.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(message.attributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.block_types != null && message.block_types.length)
                    for (var i = 0; i < message.block_types.length; ++i)
                        $root.tfplugin6.Schema.NestedBlock.encode(message.block_types[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.description_kind != null && $Object.hasOwnProperty.call(message, "description_kind") && message.description_kind !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.description_kind);
                if (message.deprecated != null && $Object.hasOwnProperty.call(message, "deprecated") && message.deprecated !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.deprecated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.Block
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Block & tfplugin6.Schema.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.Block();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tfplugin6.Schema.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.block_types && message.block_types.length))
                                message.block_types = [];
                            message.block_types.push($root.tfplugin6.Schema.NestedBlock.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.description_kind = value;
                            else
                                delete message.description_kind;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deprecated = value;
                            else
                                delete message.deprecated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Block
             * @function getTypeUrl
             * @memberof tfplugin6.Schema.Block
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Block.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.Schema.Block";
            };

            return Block;
        })();

        Schema.Attribute = (function() {

            /**
             * Properties of an Attribute.
             * @typedef {Object} tfplugin6.Schema.Attribute.$Properties
             * @property {string|null} [name] Attribute name
             * @property {Uint8Array|null} [type] Attribute type
             * @property {tfplugin6.Schema.Object.$Properties|null} [nested_type] Attribute nested_type
             * @property {string|null} [description] Attribute description
             * @property {boolean|null} [required] Attribute required
             * @property {boolean|null} [optional] Attribute optional
             * @property {boolean|null} [computed] Attribute computed
             * @property {boolean|null} [sensitive] Attribute sensitive
             * @property {tfplugin6.StringKind|null} [description_kind] Attribute description_kind
             * @property {boolean|null} [deprecated] Attribute deprecated
             * @property {boolean|null} [write_only] Attribute write_only
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Attribute.
             * @memberof tfplugin6.Schema
             * @interface IAttribute
             * @augments tfplugin6.Schema.Attribute.$Properties
             * @deprecated Use tfplugin6.Schema.Attribute.$Properties instead.
             */

            /**
             * Shape of an Attribute.
             * @typedef {tfplugin6.Schema.Attribute.$Properties} tfplugin6.Schema.Attribute.$Shape
             */

            /**
             * Constructs a new Attribute.
             * @memberof tfplugin6.Schema
             * @classdesc Represents an Attribute.
             * @constructor
             * @param {tfplugin6.Schema.Attribute.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Attribute = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Attribute name.
             * @member {string} name
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.name = "";

            /**
             * Attribute type.
             * @member {Uint8Array} type
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.type = $util.newBuffer([]);

            /**
             * Attribute nested_type.
             * @member {tfplugin6.Schema.Object.$Properties|null|undefined} nested_type
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.nested_type = null;

            /**
             * Attribute description.
             * @member {string} description
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.description = "";

            /**
             * Attribute required.
             * @member {boolean} required
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.required = false;

            /**
             * Attribute optional.
             * @member {boolean} optional
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.optional = false;

            /**
             * Attribute computed.
             * @member {boolean} computed
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.computed = false;

            /**
             * Attribute sensitive.
             * @member {boolean} sensitive
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.sensitive = false;

            /**
             * Attribute description_kind.
             * @member {tfplugin6.StringKind} description_kind
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.description_kind = 0;

            /**
             * Attribute deprecated.
             * @member {boolean} deprecated
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.deprecated = false;

            /**
             * Attribute write_only.
             * @member {boolean} write_only
             * @memberof tfplugin6.Schema.Attribute
             * @instance
             */
            Attribute.prototype.write_only = false;

            /**
             * Creates a new Attribute instance using the specified properties.
             * @function create
             * @memberof tfplugin6.Schema.Attribute
             * @static
             * @param {tfplugin6.Schema.Attribute.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.Schema.Attribute} Attribute instance
             * @type {{
             *   (properties: tfplugin6.Schema.Attribute.$Shape): tfplugin6.Schema.Attribute & tfplugin6.Schema.Attribute.$Shape;
             *   (properties?: tfplugin6.Schema.Attribute.$Properties): tfplugin6.Schema.Attribute;
             * }}
             */
            Attribute.create = function(properties) {
                return new Attribute(properties);
            };

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link tfplugin6.Schema.Attribute.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.Attribute
             * @static
             * @param {tfplugin6.Schema.Attribute.$Properties} message Attribute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Attribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.type);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.required);
                if (message.optional != null && $Object.hasOwnProperty.call(message, "optional") && message.optional !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.optional);
                if (message.computed != null && $Object.hasOwnProperty.call(message, "computed") && message.computed !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.computed);
                if (message.sensitive != null && $Object.hasOwnProperty.call(message, "sensitive") && message.sensitive !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.sensitive);
                if (message.description_kind != null && $Object.hasOwnProperty.call(message, "description_kind") && message.description_kind !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.description_kind);
                if (message.deprecated != null && $Object.hasOwnProperty.call(message, "deprecated") && message.deprecated !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.deprecated);
                if (message.nested_type != null && $Object.hasOwnProperty.call(message, "nested_type"))
                    $root.tfplugin6.Schema.Object.encode(message.nested_type, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.write_only != null && $Object.hasOwnProperty.call(message, "write_only") && message.write_only !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.write_only);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.Attribute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Attribute & tfplugin6.Schema.Attribute.$Shape} Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Attribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.Attribute();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.nested_type = $root.tfplugin6.Schema.Object.decode(reader, reader.size(), $undefined, _depth + 1, message.nested_type);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.optional = value;
                            else
                                delete message.optional;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.computed = value;
                            else
                                delete message.computed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sensitive = value;
                            else
                                delete message.sensitive;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.description_kind = value;
                            else
                                delete message.description_kind;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deprecated = value;
                            else
                                delete message.deprecated;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.write_only = value;
                            else
                                delete message.write_only;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Attribute
             * @function getTypeUrl
             * @memberof tfplugin6.Schema.Attribute
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Attribute.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.Schema.Attribute";
            };

            return Attribute;
        })();

        Schema.NestedBlock = (function() {

            /**
             * Properties of a NestedBlock.
             * @typedef {Object} tfplugin6.Schema.NestedBlock.$Properties
             * @property {string|null} [type_name] NestedBlock type_name
             * @property {tfplugin6.Schema.Block.$Properties|null} [block] NestedBlock block
             * @property {tfplugin6.Schema.NestedBlock.NestingMode|null} [nesting] NestedBlock nesting
             * @property {number|Long|null} [min_items] NestedBlock min_items
             * @property {number|Long|null} [max_items] NestedBlock max_items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NestedBlock.
             * @memberof tfplugin6.Schema
             * @interface INestedBlock
             * @augments tfplugin6.Schema.NestedBlock.$Properties
             * @deprecated Use tfplugin6.Schema.NestedBlock.$Properties instead.
             */

            /**
             * Shape of a NestedBlock.
             * @typedef {tfplugin6.Schema.NestedBlock.$Properties} tfplugin6.Schema.NestedBlock.$Shape
             */

            /**
             * Constructs a new NestedBlock.
             * @memberof tfplugin6.Schema
             * @classdesc Represents a NestedBlock.
             * @constructor
             * @param {tfplugin6.Schema.NestedBlock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NestedBlock = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NestedBlock type_name.
             * @member {string} type_name
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.type_name = "";

            /**
             * NestedBlock block.
             * @member {tfplugin6.Schema.Block.$Properties|null|undefined} block
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.block = null;

            /**
             * NestedBlock nesting.
             * @member {tfplugin6.Schema.NestedBlock.NestingMode} nesting
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.nesting = 0;

            /**
             * NestedBlock min_items.
             * @member {number|Long} min_items
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.min_items = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NestedBlock max_items.
             * @member {number|Long} max_items
             * @memberof tfplugin6.Schema.NestedBlock
             * @instance
             */
            NestedBlock.prototype.max_items = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new NestedBlock instance using the specified properties.
             * @function create
             * @memberof tfplugin6.Schema.NestedBlock
             * @static
             * @param {tfplugin6.Schema.NestedBlock.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.Schema.NestedBlock} NestedBlock instance
             * @type {{
             *   (properties: tfplugin6.Schema.NestedBlock.$Shape): tfplugin6.Schema.NestedBlock & tfplugin6.Schema.NestedBlock.$Shape;
             *   (properties?: tfplugin6.Schema.NestedBlock.$Properties): tfplugin6.Schema.NestedBlock;
             * }}
             */
            NestedBlock.create = function(properties) {
                return new NestedBlock(properties);
            };

            /**
             * Encodes the specified NestedBlock message. Does not implicitly {@link tfplugin6.Schema.NestedBlock.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.NestedBlock
             * @static
             * @param {tfplugin6.Schema.NestedBlock.$Properties} message NestedBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NestedBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.tfplugin6.Schema.Block.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.nesting != null && $Object.hasOwnProperty.call(message, "nesting") && message.nesting !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.nesting);
                if (message.min_items != null && $Object.hasOwnProperty.call(message, "min_items") && (typeof message.min_items === "object" ? message.min_items.low || message.min_items.high : message.min_items !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.min_items);
                if (message.max_items != null && $Object.hasOwnProperty.call(message, "max_items") && (typeof message.max_items === "object" ? message.max_items.low || message.max_items.high : message.max_items !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.max_items);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NestedBlock message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.NestedBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.NestedBlock & tfplugin6.Schema.NestedBlock.$Shape} NestedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NestedBlock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.NestedBlock();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.tfplugin6.Schema.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nesting = value;
                            else
                                delete message.nesting;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.min_items = value;
                            else
                                delete message.min_items;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.max_items = value;
                            else
                                delete message.max_items;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for NestedBlock
             * @function getTypeUrl
             * @memberof tfplugin6.Schema.NestedBlock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NestedBlock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.Schema.NestedBlock";
            };

            /**
             * NestingMode enum.
             * @name tfplugin6.Schema.NestedBlock.NestingMode
             * @enum {number}
             * @property {number} INVALID=0 INVALID value
             * @property {number} SINGLE=1 SINGLE value
             * @property {number} LIST=2 LIST value
             * @property {number} SET=3 SET value
             * @property {number} MAP=4 MAP value
             * @property {number} GROUP=5 GROUP value
             */
            NestedBlock.NestingMode = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                values[valuesById[5] = "GROUP"] = 5;
                return values;
            })();

            return NestedBlock;
        })();

        Schema.Object = (function() {

            /**
             * Properties of an Object.
             * @typedef {Object} tfplugin6.Schema.Object.$Properties
             * @property {Array.<tfplugin6.Schema.Attribute.$Properties>|null} [attributes] Object attributes
             * @property {tfplugin6.Schema.Object.NestingMode|null} [nesting] Object nesting
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Object.
             * @memberof tfplugin6.Schema
             * @interface IObject
             * @augments tfplugin6.Schema.Object.$Properties
             * @deprecated Use tfplugin6.Schema.Object.$Properties instead.
             */

            /**
             * Shape of an Object.
             * @typedef {tfplugin6.Schema.Object.$Properties} tfplugin6.Schema.Object.$Shape
             */

            /**
             * Constructs a new Object.
             * @memberof tfplugin6.Schema
             * @classdesc Represents an Object.
             * @constructor
             * @param {tfplugin6.Schema.Object.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Object = function (properties) {
                this.attributes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Object attributes.
             * @member {Array.<tfplugin6.Schema.Attribute.$Properties>} attributes
             * @memberof tfplugin6.Schema.Object
             * @instance
             */
            Object.prototype.attributes = $util.emptyArray;

            /**
             * Object nesting.
             * @member {tfplugin6.Schema.Object.NestingMode} nesting
             * @memberof tfplugin6.Schema.Object
             * @instance
             */
            Object.prototype.nesting = 0;

            /**
             * Creates a new Object instance using the specified properties.
             * @function create
             * @memberof tfplugin6.Schema.Object
             * @static
             * @param {tfplugin6.Schema.Object.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.Schema.Object} Object instance
             * @type {{
             *   (properties: tfplugin6.Schema.Object.$Shape): tfplugin6.Schema.Object & tfplugin6.Schema.Object.$Shape;
             *   (properties?: tfplugin6.Schema.Object.$Properties): tfplugin6.Schema.Object;
             * }}
             */
            Object.create = function(properties) {
                return new Object(properties);
            };

            /**
             * Encodes the specified Object message. Does not implicitly {@link tfplugin6.Schema.Object.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.Schema.Object
             * @static
             * @param {tfplugin6.Schema.Object.$Properties} message Object message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Object.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attributes != null && message.attributes.length)
                    for (var i = 0; i < message.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(message.attributes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nesting != null && $Object.hasOwnProperty.call(message, "nesting") && message.nesting !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.nesting);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Object message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.Schema.Object
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.Schema.Object & tfplugin6.Schema.Object.$Shape} Object
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Object.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.Schema.Object();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tfplugin6.Schema.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nesting = value;
                            else
                                delete message.nesting;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Object
             * @function getTypeUrl
             * @memberof tfplugin6.Schema.Object
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Object.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.Schema.Object";
            };

            /**
             * NestingMode enum.
             * @name tfplugin6.Schema.Object.NestingMode
             * @enum {number}
             * @property {number} INVALID=0 INVALID value
             * @property {number} SINGLE=1 SINGLE value
             * @property {number} LIST=2 LIST value
             * @property {number} SET=3 SET value
             * @property {number} MAP=4 MAP value
             */
            Object.NestingMode = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                return values;
            })();

            return Object;
        })();

        return Schema;
    })();

    tfplugin6.ServerCapabilities = (function() {

        /**
         * Properties of a ServerCapabilities.
         * @typedef {Object} tfplugin6.ServerCapabilities.$Properties
         * @property {boolean|null} [plan_destroy] ServerCapabilities plan_destroy
         * @property {boolean|null} [get_provider_schema_optional] ServerCapabilities get_provider_schema_optional
         * @property {boolean|null} [move_resource_state] ServerCapabilities move_resource_state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerCapabilities.
         * @memberof tfplugin6
         * @interface IServerCapabilities
         * @augments tfplugin6.ServerCapabilities.$Properties
         * @deprecated Use tfplugin6.ServerCapabilities.$Properties instead.
         */

        /**
         * Shape of a ServerCapabilities.
         * @typedef {tfplugin6.ServerCapabilities.$Properties} tfplugin6.ServerCapabilities.$Shape
         */

        /**
         * Constructs a new ServerCapabilities.
         * @memberof tfplugin6
         * @classdesc Represents a ServerCapabilities.
         * @constructor
         * @param {tfplugin6.ServerCapabilities.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ServerCapabilities = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerCapabilities plan_destroy.
         * @member {boolean} plan_destroy
         * @memberof tfplugin6.ServerCapabilities
         * @instance
         */
        ServerCapabilities.prototype.plan_destroy = false;

        /**
         * ServerCapabilities get_provider_schema_optional.
         * @member {boolean} get_provider_schema_optional
         * @memberof tfplugin6.ServerCapabilities
         * @instance
         */
        ServerCapabilities.prototype.get_provider_schema_optional = false;

        /**
         * ServerCapabilities move_resource_state.
         * @member {boolean} move_resource_state
         * @memberof tfplugin6.ServerCapabilities
         * @instance
         */
        ServerCapabilities.prototype.move_resource_state = false;

        /**
         * Creates a new ServerCapabilities instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ServerCapabilities
         * @static
         * @param {tfplugin6.ServerCapabilities.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ServerCapabilities} ServerCapabilities instance
         * @type {{
         *   (properties: tfplugin6.ServerCapabilities.$Shape): tfplugin6.ServerCapabilities & tfplugin6.ServerCapabilities.$Shape;
         *   (properties?: tfplugin6.ServerCapabilities.$Properties): tfplugin6.ServerCapabilities;
         * }}
         */
        ServerCapabilities.create = function(properties) {
            return new ServerCapabilities(properties);
        };

        /**
         * Encodes the specified ServerCapabilities message. Does not implicitly {@link tfplugin6.ServerCapabilities.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ServerCapabilities
         * @static
         * @param {tfplugin6.ServerCapabilities.$Properties} message ServerCapabilities message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerCapabilities.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.plan_destroy != null && $Object.hasOwnProperty.call(message, "plan_destroy") && message.plan_destroy !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.plan_destroy);
            if (message.get_provider_schema_optional != null && $Object.hasOwnProperty.call(message, "get_provider_schema_optional") && message.get_provider_schema_optional !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.get_provider_schema_optional);
            if (message.move_resource_state != null && $Object.hasOwnProperty.call(message, "move_resource_state") && message.move_resource_state !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.move_resource_state);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ServerCapabilities message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ServerCapabilities
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ServerCapabilities & tfplugin6.ServerCapabilities.$Shape} ServerCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerCapabilities.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ServerCapabilities();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.plan_destroy = value;
                        else
                            delete message.plan_destroy;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.get_provider_schema_optional = value;
                        else
                            delete message.get_provider_schema_optional;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.move_resource_state = value;
                        else
                            delete message.move_resource_state;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ServerCapabilities
         * @function getTypeUrl
         * @memberof tfplugin6.ServerCapabilities
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerCapabilities.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ServerCapabilities";
        };

        return ServerCapabilities;
    })();

    tfplugin6.ClientCapabilities = (function() {

        /**
         * Properties of a ClientCapabilities.
         * @typedef {Object} tfplugin6.ClientCapabilities.$Properties
         * @property {boolean|null} [deferral_allowed] ClientCapabilities deferral_allowed
         * @property {boolean|null} [write_only_attributes_allowed] ClientCapabilities write_only_attributes_allowed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientCapabilities.
         * @memberof tfplugin6
         * @interface IClientCapabilities
         * @augments tfplugin6.ClientCapabilities.$Properties
         * @deprecated Use tfplugin6.ClientCapabilities.$Properties instead.
         */

        /**
         * Shape of a ClientCapabilities.
         * @typedef {tfplugin6.ClientCapabilities.$Properties} tfplugin6.ClientCapabilities.$Shape
         */

        /**
         * Constructs a new ClientCapabilities.
         * @memberof tfplugin6
         * @classdesc Represents a ClientCapabilities.
         * @constructor
         * @param {tfplugin6.ClientCapabilities.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ClientCapabilities = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientCapabilities deferral_allowed.
         * @member {boolean} deferral_allowed
         * @memberof tfplugin6.ClientCapabilities
         * @instance
         */
        ClientCapabilities.prototype.deferral_allowed = false;

        /**
         * ClientCapabilities write_only_attributes_allowed.
         * @member {boolean} write_only_attributes_allowed
         * @memberof tfplugin6.ClientCapabilities
         * @instance
         */
        ClientCapabilities.prototype.write_only_attributes_allowed = false;

        /**
         * Creates a new ClientCapabilities instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ClientCapabilities
         * @static
         * @param {tfplugin6.ClientCapabilities.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ClientCapabilities} ClientCapabilities instance
         * @type {{
         *   (properties: tfplugin6.ClientCapabilities.$Shape): tfplugin6.ClientCapabilities & tfplugin6.ClientCapabilities.$Shape;
         *   (properties?: tfplugin6.ClientCapabilities.$Properties): tfplugin6.ClientCapabilities;
         * }}
         */
        ClientCapabilities.create = function(properties) {
            return new ClientCapabilities(properties);
        };

        /**
         * Encodes the specified ClientCapabilities message. Does not implicitly {@link tfplugin6.ClientCapabilities.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ClientCapabilities
         * @static
         * @param {tfplugin6.ClientCapabilities.$Properties} message ClientCapabilities message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientCapabilities.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.deferral_allowed != null && $Object.hasOwnProperty.call(message, "deferral_allowed") && message.deferral_allowed !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.deferral_allowed);
            if (message.write_only_attributes_allowed != null && $Object.hasOwnProperty.call(message, "write_only_attributes_allowed") && message.write_only_attributes_allowed !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.write_only_attributes_allowed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ClientCapabilities message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ClientCapabilities
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ClientCapabilities & tfplugin6.ClientCapabilities.$Shape} ClientCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientCapabilities.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ClientCapabilities();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.deferral_allowed = value;
                        else
                            delete message.deferral_allowed;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.write_only_attributes_allowed = value;
                        else
                            delete message.write_only_attributes_allowed;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ClientCapabilities
         * @function getTypeUrl
         * @memberof tfplugin6.ClientCapabilities
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientCapabilities.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ClientCapabilities";
        };

        return ClientCapabilities;
    })();

    tfplugin6.GetMetadata = (function() {

        /**
         * Properties of a GetMetadata.
         * @typedef {Object} tfplugin6.GetMetadata.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetMetadata.
         * @memberof tfplugin6
         * @interface IGetMetadata
         * @augments tfplugin6.GetMetadata.$Properties
         * @deprecated Use tfplugin6.GetMetadata.$Properties instead.
         */

        /**
         * Shape of a GetMetadata.
         * @typedef {tfplugin6.GetMetadata.$Properties} tfplugin6.GetMetadata.$Shape
         */

        /**
         * Constructs a new GetMetadata.
         * @memberof tfplugin6
         * @classdesc Represents a GetMetadata.
         * @constructor
         * @param {tfplugin6.GetMetadata.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetMetadata = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new GetMetadata instance using the specified properties.
         * @function create
         * @memberof tfplugin6.GetMetadata
         * @static
         * @param {tfplugin6.GetMetadata.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.GetMetadata} GetMetadata instance
         * @type {{
         *   (properties: tfplugin6.GetMetadata.$Shape): tfplugin6.GetMetadata & tfplugin6.GetMetadata.$Shape;
         *   (properties?: tfplugin6.GetMetadata.$Properties): tfplugin6.GetMetadata;
         * }}
         */
        GetMetadata.create = function(properties) {
            return new GetMetadata(properties);
        };

        /**
         * Encodes the specified GetMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.GetMetadata
         * @static
         * @param {tfplugin6.GetMetadata.$Properties} message GetMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.GetMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.GetMetadata & tfplugin6.GetMetadata.$Shape} GetMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.GetMetadata();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for GetMetadata
         * @function getTypeUrl
         * @memberof tfplugin6.GetMetadata
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.GetMetadata";
        };

        GetMetadata.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.GetMetadata.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.GetMetadata
             * @interface IRequest
             * @augments tfplugin6.GetMetadata.Request.$Properties
             * @deprecated Use tfplugin6.GetMetadata.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.GetMetadata.Request.$Properties} tfplugin6.GetMetadata.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.GetMetadata.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.GetMetadata.Request
             * @static
             * @param {tfplugin6.GetMetadata.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.GetMetadata.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.GetMetadata.Request.$Shape): tfplugin6.GetMetadata.Request & tfplugin6.GetMetadata.Request.$Shape;
             *   (properties?: tfplugin6.GetMetadata.Request.$Properties): tfplugin6.GetMetadata.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetMetadata.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.Request
             * @static
             * @param {tfplugin6.GetMetadata.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.Request & tfplugin6.GetMetadata.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.GetMetadata.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.GetMetadata.Request";
            };

            return Request;
        })();

        GetMetadata.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.GetMetadata.Response.$Properties
             * @property {tfplugin6.ServerCapabilities.$Properties|null} [server_capabilities] Response server_capabilities
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<tfplugin6.GetMetadata.DataSourceMetadata.$Properties>|null} [data_sources] Response data_sources
             * @property {Array.<tfplugin6.GetMetadata.ResourceMetadata.$Properties>|null} [resources] Response resources
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.GetMetadata
             * @interface IResponse
             * @augments tfplugin6.GetMetadata.Response.$Properties
             * @deprecated Use tfplugin6.GetMetadata.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   server_capabilities?: tfplugin6.ServerCapabilities.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   data_sources?: Array.<tfplugin6.GetMetadata.DataSourceMetadata.$Shape>|null;
             *   resources?: Array.<tfplugin6.GetMetadata.ResourceMetadata.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.GetMetadata.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.GetMetadata.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                this.data_sources = [];
                this.resources = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response server_capabilities.
             * @member {tfplugin6.ServerCapabilities.$Properties|null|undefined} server_capabilities
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.server_capabilities = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response data_sources.
             * @member {Array.<tfplugin6.GetMetadata.DataSourceMetadata.$Properties>} data_sources
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.data_sources = $util.emptyArray;

            /**
             * Response resources.
             * @member {Array.<tfplugin6.GetMetadata.ResourceMetadata.$Properties>} resources
             * @memberof tfplugin6.GetMetadata.Response
             * @instance
             */
            Response.prototype.resources = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.GetMetadata.Response
             * @static
             * @param {tfplugin6.GetMetadata.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.GetMetadata.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.GetMetadata.Response.$Shape): tfplugin6.GetMetadata.Response & tfplugin6.GetMetadata.Response.$Shape;
             *   (properties?: tfplugin6.GetMetadata.Response.$Properties): tfplugin6.GetMetadata.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetMetadata.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.Response
             * @static
             * @param {tfplugin6.GetMetadata.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.server_capabilities != null && $Object.hasOwnProperty.call(message, "server_capabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(message.server_capabilities, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.data_sources != null && message.data_sources.length)
                    for (var i = 0; i < message.data_sources.length; ++i)
                        $root.tfplugin6.GetMetadata.DataSourceMetadata.encode(message.data_sources[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (var i = 0; i < message.resources.length; ++i)
                        $root.tfplugin6.GetMetadata.ResourceMetadata.encode(message.resources[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.Response & tfplugin6.GetMetadata.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.server_capabilities = $root.tfplugin6.ServerCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.server_capabilities);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.data_sources && message.data_sources.length))
                                message.data_sources = [];
                            message.data_sources.push($root.tfplugin6.GetMetadata.DataSourceMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.tfplugin6.GetMetadata.ResourceMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.GetMetadata.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.GetMetadata.Response";
            };

            return Response;
        })();

        GetMetadata.DataSourceMetadata = (function() {

            /**
             * Properties of a DataSourceMetadata.
             * @typedef {Object} tfplugin6.GetMetadata.DataSourceMetadata.$Properties
             * @property {string|null} [type_name] DataSourceMetadata type_name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataSourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @interface IDataSourceMetadata
             * @augments tfplugin6.GetMetadata.DataSourceMetadata.$Properties
             * @deprecated Use tfplugin6.GetMetadata.DataSourceMetadata.$Properties instead.
             */

            /**
             * Shape of a DataSourceMetadata.
             * @typedef {tfplugin6.GetMetadata.DataSourceMetadata.$Properties} tfplugin6.GetMetadata.DataSourceMetadata.$Shape
             */

            /**
             * Constructs a new DataSourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a DataSourceMetadata.
             * @constructor
             * @param {tfplugin6.GetMetadata.DataSourceMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DataSourceMetadata = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataSourceMetadata type_name.
             * @member {string} type_name
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @instance
             */
            DataSourceMetadata.prototype.type_name = "";

            /**
             * Creates a new DataSourceMetadata instance using the specified properties.
             * @function create
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @static
             * @param {tfplugin6.GetMetadata.DataSourceMetadata.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.GetMetadata.DataSourceMetadata} DataSourceMetadata instance
             * @type {{
             *   (properties: tfplugin6.GetMetadata.DataSourceMetadata.$Shape): tfplugin6.GetMetadata.DataSourceMetadata & tfplugin6.GetMetadata.DataSourceMetadata.$Shape;
             *   (properties?: tfplugin6.GetMetadata.DataSourceMetadata.$Properties): tfplugin6.GetMetadata.DataSourceMetadata;
             * }}
             */
            DataSourceMetadata.create = function(properties) {
                return new DataSourceMetadata(properties);
            };

            /**
             * Encodes the specified DataSourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.DataSourceMetadata.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @static
             * @param {tfplugin6.GetMetadata.DataSourceMetadata.$Properties} message DataSourceMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataSourceMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataSourceMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.DataSourceMetadata & tfplugin6.GetMetadata.DataSourceMetadata.$Shape} DataSourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataSourceMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.DataSourceMetadata();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DataSourceMetadata
             * @function getTypeUrl
             * @memberof tfplugin6.GetMetadata.DataSourceMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DataSourceMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.GetMetadata.DataSourceMetadata";
            };

            return DataSourceMetadata;
        })();

        GetMetadata.ResourceMetadata = (function() {

            /**
             * Properties of a ResourceMetadata.
             * @typedef {Object} tfplugin6.GetMetadata.ResourceMetadata.$Properties
             * @property {string|null} [type_name] ResourceMetadata type_name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @interface IResourceMetadata
             * @augments tfplugin6.GetMetadata.ResourceMetadata.$Properties
             * @deprecated Use tfplugin6.GetMetadata.ResourceMetadata.$Properties instead.
             */

            /**
             * Shape of a ResourceMetadata.
             * @typedef {tfplugin6.GetMetadata.ResourceMetadata.$Properties} tfplugin6.GetMetadata.ResourceMetadata.$Shape
             */

            /**
             * Constructs a new ResourceMetadata.
             * @memberof tfplugin6.GetMetadata
             * @classdesc Represents a ResourceMetadata.
             * @constructor
             * @param {tfplugin6.GetMetadata.ResourceMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ResourceMetadata = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResourceMetadata type_name.
             * @member {string} type_name
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @instance
             */
            ResourceMetadata.prototype.type_name = "";

            /**
             * Creates a new ResourceMetadata instance using the specified properties.
             * @function create
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @static
             * @param {tfplugin6.GetMetadata.ResourceMetadata.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.GetMetadata.ResourceMetadata} ResourceMetadata instance
             * @type {{
             *   (properties: tfplugin6.GetMetadata.ResourceMetadata.$Shape): tfplugin6.GetMetadata.ResourceMetadata & tfplugin6.GetMetadata.ResourceMetadata.$Shape;
             *   (properties?: tfplugin6.GetMetadata.ResourceMetadata.$Properties): tfplugin6.GetMetadata.ResourceMetadata;
             * }}
             */
            ResourceMetadata.create = function(properties) {
                return new ResourceMetadata(properties);
            };

            /**
             * Encodes the specified ResourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.ResourceMetadata.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @static
             * @param {tfplugin6.GetMetadata.ResourceMetadata.$Properties} message ResourceMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResourceMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetMetadata.ResourceMetadata & tfplugin6.GetMetadata.ResourceMetadata.$Shape} ResourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetMetadata.ResourceMetadata();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ResourceMetadata
             * @function getTypeUrl
             * @memberof tfplugin6.GetMetadata.ResourceMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResourceMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.GetMetadata.ResourceMetadata";
            };

            return ResourceMetadata;
        })();

        return GetMetadata;
    })();

    tfplugin6.GetProviderSchema = (function() {

        /**
         * Properties of a GetProviderSchema.
         * @typedef {Object} tfplugin6.GetProviderSchema.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetProviderSchema.
         * @memberof tfplugin6
         * @interface IGetProviderSchema
         * @augments tfplugin6.GetProviderSchema.$Properties
         * @deprecated Use tfplugin6.GetProviderSchema.$Properties instead.
         */

        /**
         * Shape of a GetProviderSchema.
         * @typedef {tfplugin6.GetProviderSchema.$Properties} tfplugin6.GetProviderSchema.$Shape
         */

        /**
         * Constructs a new GetProviderSchema.
         * @memberof tfplugin6
         * @classdesc Represents a GetProviderSchema.
         * @constructor
         * @param {tfplugin6.GetProviderSchema.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetProviderSchema = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new GetProviderSchema instance using the specified properties.
         * @function create
         * @memberof tfplugin6.GetProviderSchema
         * @static
         * @param {tfplugin6.GetProviderSchema.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.GetProviderSchema} GetProviderSchema instance
         * @type {{
         *   (properties: tfplugin6.GetProviderSchema.$Shape): tfplugin6.GetProviderSchema & tfplugin6.GetProviderSchema.$Shape;
         *   (properties?: tfplugin6.GetProviderSchema.$Properties): tfplugin6.GetProviderSchema;
         * }}
         */
        GetProviderSchema.create = function(properties) {
            return new GetProviderSchema(properties);
        };

        /**
         * Encodes the specified GetProviderSchema message. Does not implicitly {@link tfplugin6.GetProviderSchema.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.GetProviderSchema
         * @static
         * @param {tfplugin6.GetProviderSchema.$Properties} message GetProviderSchema message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetProviderSchema.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetProviderSchema message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.GetProviderSchema
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.GetProviderSchema & tfplugin6.GetProviderSchema.$Shape} GetProviderSchema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetProviderSchema.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.GetProviderSchema();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for GetProviderSchema
         * @function getTypeUrl
         * @memberof tfplugin6.GetProviderSchema
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetProviderSchema.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.GetProviderSchema";
        };

        GetProviderSchema.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.GetProviderSchema.Request.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.GetProviderSchema
             * @interface IRequest
             * @augments tfplugin6.GetProviderSchema.Request.$Properties
             * @deprecated Use tfplugin6.GetProviderSchema.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.GetProviderSchema.Request.$Properties} tfplugin6.GetProviderSchema.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.GetProviderSchema
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.GetProviderSchema.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.GetProviderSchema.Request
             * @static
             * @param {tfplugin6.GetProviderSchema.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.GetProviderSchema.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.GetProviderSchema.Request.$Shape): tfplugin6.GetProviderSchema.Request & tfplugin6.GetProviderSchema.Request.$Shape;
             *   (properties?: tfplugin6.GetProviderSchema.Request.$Properties): tfplugin6.GetProviderSchema.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetProviderSchema.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetProviderSchema.Request
             * @static
             * @param {tfplugin6.GetProviderSchema.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetProviderSchema.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetProviderSchema.Request & tfplugin6.GetProviderSchema.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetProviderSchema.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.GetProviderSchema.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.GetProviderSchema.Request";
            };

            return Request;
        })();

        GetProviderSchema.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.GetProviderSchema.Response.$Properties
             * @property {tfplugin6.Schema.$Properties|null} [provider] Response provider
             * @property {Object.<string,tfplugin6.Schema.$Properties>|null} [resource_schemas] Response resource_schemas
             * @property {Object.<string,tfplugin6.Schema.$Properties>|null} [data_source_schemas] Response data_source_schemas
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {tfplugin6.Schema.$Properties|null} [provider_meta] Response provider_meta
             * @property {tfplugin6.ServerCapabilities.$Properties|null} [server_capabilities] Response server_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.GetProviderSchema
             * @interface IResponse
             * @augments tfplugin6.GetProviderSchema.Response.$Properties
             * @deprecated Use tfplugin6.GetProviderSchema.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   provider?: tfplugin6.Schema.$Shape|null;
             *   resource_schemas?: Object.<string,tfplugin6.Schema.$Shape>|null;
             *   data_source_schemas?: Object.<string,tfplugin6.Schema.$Shape>|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   provider_meta?: tfplugin6.Schema.$Shape|null;
             *   server_capabilities?: tfplugin6.ServerCapabilities.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.GetProviderSchema.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.GetProviderSchema
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.GetProviderSchema.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.resource_schemas = {};
                this.data_source_schemas = {};
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response provider.
             * @member {tfplugin6.Schema.$Properties|null|undefined} provider
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.provider = null;

            /**
             * Response resource_schemas.
             * @member {Object.<string,tfplugin6.Schema.$Properties>} resource_schemas
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.resource_schemas = $util.emptyObject;

            /**
             * Response data_source_schemas.
             * @member {Object.<string,tfplugin6.Schema.$Properties>} data_source_schemas
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.data_source_schemas = $util.emptyObject;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response provider_meta.
             * @member {tfplugin6.Schema.$Properties|null|undefined} provider_meta
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.provider_meta = null;

            /**
             * Response server_capabilities.
             * @member {tfplugin6.ServerCapabilities.$Properties|null|undefined} server_capabilities
             * @memberof tfplugin6.GetProviderSchema.Response
             * @instance
             */
            Response.prototype.server_capabilities = null;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.GetProviderSchema.Response
             * @static
             * @param {tfplugin6.GetProviderSchema.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.GetProviderSchema.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.GetProviderSchema.Response.$Shape): tfplugin6.GetProviderSchema.Response & tfplugin6.GetProviderSchema.Response.$Shape;
             *   (properties?: tfplugin6.GetProviderSchema.Response.$Properties): tfplugin6.GetProviderSchema.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetProviderSchema.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.GetProviderSchema.Response
             * @static
             * @param {tfplugin6.GetProviderSchema.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                    $root.tfplugin6.Schema.encode(message.provider, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.resource_schemas != null && $Object.hasOwnProperty.call(message, "resource_schemas"))
                    for (var keys = $Object.keys(message.resource_schemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.resource_schemas[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.data_source_schemas != null && $Object.hasOwnProperty.call(message, "data_source_schemas"))
                    for (var keys = $Object.keys(message.data_source_schemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.data_source_schemas[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.provider_meta != null && $Object.hasOwnProperty.call(message, "provider_meta"))
                    $root.tfplugin6.Schema.encode(message.provider_meta, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.server_capabilities != null && $Object.hasOwnProperty.call(message, "server_capabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(message.server_capabilities, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.GetProviderSchema.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.GetProviderSchema.Response & tfplugin6.GetProviderSchema.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.GetProviderSchema.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.provider = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.provider);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.resource_schemas === $util.emptyObject)
                                message.resource_schemas = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.resource_schemas, key);
                            message.resource_schemas[key] = value || new $root.tfplugin6.Schema();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.data_source_schemas === $util.emptyObject)
                                message.data_source_schemas = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.data_source_schemas, key);
                            message.data_source_schemas[key] = value || new $root.tfplugin6.Schema();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.provider_meta = $root.tfplugin6.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.provider_meta);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.server_capabilities = $root.tfplugin6.ServerCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.server_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.GetProviderSchema.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.GetProviderSchema.Response";
            };

            return Response;
        })();

        return GetProviderSchema;
    })();

    tfplugin6.ValidateProviderConfig = (function() {

        /**
         * Properties of a ValidateProviderConfig.
         * @typedef {Object} tfplugin6.ValidateProviderConfig.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidateProviderConfig.
         * @memberof tfplugin6
         * @interface IValidateProviderConfig
         * @augments tfplugin6.ValidateProviderConfig.$Properties
         * @deprecated Use tfplugin6.ValidateProviderConfig.$Properties instead.
         */

        /**
         * Shape of a ValidateProviderConfig.
         * @typedef {tfplugin6.ValidateProviderConfig.$Properties} tfplugin6.ValidateProviderConfig.$Shape
         */

        /**
         * Constructs a new ValidateProviderConfig.
         * @memberof tfplugin6
         * @classdesc Represents a ValidateProviderConfig.
         * @constructor
         * @param {tfplugin6.ValidateProviderConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ValidateProviderConfig = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ValidateProviderConfig instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ValidateProviderConfig
         * @static
         * @param {tfplugin6.ValidateProviderConfig.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ValidateProviderConfig} ValidateProviderConfig instance
         * @type {{
         *   (properties: tfplugin6.ValidateProviderConfig.$Shape): tfplugin6.ValidateProviderConfig & tfplugin6.ValidateProviderConfig.$Shape;
         *   (properties?: tfplugin6.ValidateProviderConfig.$Properties): tfplugin6.ValidateProviderConfig;
         * }}
         */
        ValidateProviderConfig.create = function(properties) {
            return new ValidateProviderConfig(properties);
        };

        /**
         * Encodes the specified ValidateProviderConfig message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ValidateProviderConfig
         * @static
         * @param {tfplugin6.ValidateProviderConfig.$Properties} message ValidateProviderConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidateProviderConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidateProviderConfig message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ValidateProviderConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateProviderConfig & tfplugin6.ValidateProviderConfig.$Shape} ValidateProviderConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidateProviderConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ValidateProviderConfig();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ValidateProviderConfig
         * @function getTypeUrl
         * @memberof tfplugin6.ValidateProviderConfig
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ValidateProviderConfig.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ValidateProviderConfig";
        };

        ValidateProviderConfig.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ValidateProviderConfig.Request.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ValidateProviderConfig
             * @interface IRequest
             * @augments tfplugin6.ValidateProviderConfig.Request.$Properties
             * @deprecated Use tfplugin6.ValidateProviderConfig.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ValidateProviderConfig.Request.$Properties} tfplugin6.ValidateProviderConfig.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ValidateProviderConfig
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ValidateProviderConfig.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @static
             * @param {tfplugin6.ValidateProviderConfig.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ValidateProviderConfig.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ValidateProviderConfig.Request.$Shape): tfplugin6.ValidateProviderConfig.Request & tfplugin6.ValidateProviderConfig.Request.$Shape;
             *   (properties?: tfplugin6.ValidateProviderConfig.Request.$Properties): tfplugin6.ValidateProviderConfig.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @static
             * @param {tfplugin6.ValidateProviderConfig.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateProviderConfig.Request & tfplugin6.ValidateProviderConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateProviderConfig.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ValidateProviderConfig.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ValidateProviderConfig.Request";
            };

            return Request;
        })();

        ValidateProviderConfig.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ValidateProviderConfig.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ValidateProviderConfig
             * @interface IResponse
             * @augments tfplugin6.ValidateProviderConfig.Response.$Properties
             * @deprecated Use tfplugin6.ValidateProviderConfig.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ValidateProviderConfig.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ValidateProviderConfig
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ValidateProviderConfig.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @static
             * @param {tfplugin6.ValidateProviderConfig.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ValidateProviderConfig.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ValidateProviderConfig.Response.$Shape): tfplugin6.ValidateProviderConfig.Response & tfplugin6.ValidateProviderConfig.Response.$Shape;
             *   (properties?: tfplugin6.ValidateProviderConfig.Response.$Properties): tfplugin6.ValidateProviderConfig.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @static
             * @param {tfplugin6.ValidateProviderConfig.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateProviderConfig.Response & tfplugin6.ValidateProviderConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateProviderConfig.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ValidateProviderConfig.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ValidateProviderConfig.Response";
            };

            return Response;
        })();

        return ValidateProviderConfig;
    })();

    tfplugin6.UpgradeResourceState = (function() {

        /**
         * Properties of an UpgradeResourceState.
         * @typedef {Object} tfplugin6.UpgradeResourceState.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UpgradeResourceState.
         * @memberof tfplugin6
         * @interface IUpgradeResourceState
         * @augments tfplugin6.UpgradeResourceState.$Properties
         * @deprecated Use tfplugin6.UpgradeResourceState.$Properties instead.
         */

        /**
         * Shape of an UpgradeResourceState.
         * @typedef {tfplugin6.UpgradeResourceState.$Properties} tfplugin6.UpgradeResourceState.$Shape
         */

        /**
         * Constructs a new UpgradeResourceState.
         * @memberof tfplugin6
         * @classdesc Represents an UpgradeResourceState.
         * @constructor
         * @param {tfplugin6.UpgradeResourceState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var UpgradeResourceState = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new UpgradeResourceState instance using the specified properties.
         * @function create
         * @memberof tfplugin6.UpgradeResourceState
         * @static
         * @param {tfplugin6.UpgradeResourceState.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.UpgradeResourceState} UpgradeResourceState instance
         * @type {{
         *   (properties: tfplugin6.UpgradeResourceState.$Shape): tfplugin6.UpgradeResourceState & tfplugin6.UpgradeResourceState.$Shape;
         *   (properties?: tfplugin6.UpgradeResourceState.$Properties): tfplugin6.UpgradeResourceState;
         * }}
         */
        UpgradeResourceState.create = function(properties) {
            return new UpgradeResourceState(properties);
        };

        /**
         * Encodes the specified UpgradeResourceState message. Does not implicitly {@link tfplugin6.UpgradeResourceState.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.UpgradeResourceState
         * @static
         * @param {tfplugin6.UpgradeResourceState.$Properties} message UpgradeResourceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpgradeResourceState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UpgradeResourceState message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.UpgradeResourceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.UpgradeResourceState & tfplugin6.UpgradeResourceState.$Shape} UpgradeResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpgradeResourceState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.UpgradeResourceState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for UpgradeResourceState
         * @function getTypeUrl
         * @memberof tfplugin6.UpgradeResourceState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UpgradeResourceState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.UpgradeResourceState";
        };

        UpgradeResourceState.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.UpgradeResourceState.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {number|Long|null} [version] Request version
             * @property {tfplugin6.RawState.$Properties|null} [raw_state] Request raw_state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.UpgradeResourceState
             * @interface IRequest
             * @augments tfplugin6.UpgradeResourceState.Request.$Properties
             * @deprecated Use tfplugin6.UpgradeResourceState.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.UpgradeResourceState.Request.$Properties} tfplugin6.UpgradeResourceState.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.UpgradeResourceState
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.UpgradeResourceState.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request version.
             * @member {number|Long} version
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @instance
             */
            Request.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Request raw_state.
             * @member {tfplugin6.RawState.$Properties|null|undefined} raw_state
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @instance
             */
            Request.prototype.raw_state = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @static
             * @param {tfplugin6.UpgradeResourceState.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.UpgradeResourceState.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.UpgradeResourceState.Request.$Shape): tfplugin6.UpgradeResourceState.Request & tfplugin6.UpgradeResourceState.Request.$Shape;
             *   (properties?: tfplugin6.UpgradeResourceState.Request.$Properties): tfplugin6.UpgradeResourceState.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @static
             * @param {tfplugin6.UpgradeResourceState.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.version);
                if (message.raw_state != null && $Object.hasOwnProperty.call(message, "raw_state"))
                    $root.tfplugin6.RawState.encode(message.raw_state, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.UpgradeResourceState.Request & tfplugin6.UpgradeResourceState.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.UpgradeResourceState.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.raw_state = $root.tfplugin6.RawState.decode(reader, reader.size(), $undefined, _depth + 1, message.raw_state);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.UpgradeResourceState.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.UpgradeResourceState.Request";
            };

            return Request;
        })();

        UpgradeResourceState.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.UpgradeResourceState.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [upgraded_state] Response upgraded_state
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.UpgradeResourceState
             * @interface IResponse
             * @augments tfplugin6.UpgradeResourceState.Response.$Properties
             * @deprecated Use tfplugin6.UpgradeResourceState.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   upgraded_state?: tfplugin6.DynamicValue.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.UpgradeResourceState.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.UpgradeResourceState
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.UpgradeResourceState.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response upgraded_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} upgraded_state
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @instance
             */
            Response.prototype.upgraded_state = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @static
             * @param {tfplugin6.UpgradeResourceState.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.UpgradeResourceState.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.UpgradeResourceState.Response.$Shape): tfplugin6.UpgradeResourceState.Response & tfplugin6.UpgradeResourceState.Response.$Shape;
             *   (properties?: tfplugin6.UpgradeResourceState.Response.$Properties): tfplugin6.UpgradeResourceState.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @static
             * @param {tfplugin6.UpgradeResourceState.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.upgraded_state != null && $Object.hasOwnProperty.call(message, "upgraded_state"))
                    $root.tfplugin6.DynamicValue.encode(message.upgraded_state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.UpgradeResourceState.Response & tfplugin6.UpgradeResourceState.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.UpgradeResourceState.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.upgraded_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.upgraded_state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.UpgradeResourceState.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.UpgradeResourceState.Response";
            };

            return Response;
        })();

        return UpgradeResourceState;
    })();

    tfplugin6.ValidateResourceConfig = (function() {

        /**
         * Properties of a ValidateResourceConfig.
         * @typedef {Object} tfplugin6.ValidateResourceConfig.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidateResourceConfig.
         * @memberof tfplugin6
         * @interface IValidateResourceConfig
         * @augments tfplugin6.ValidateResourceConfig.$Properties
         * @deprecated Use tfplugin6.ValidateResourceConfig.$Properties instead.
         */

        /**
         * Shape of a ValidateResourceConfig.
         * @typedef {tfplugin6.ValidateResourceConfig.$Properties} tfplugin6.ValidateResourceConfig.$Shape
         */

        /**
         * Constructs a new ValidateResourceConfig.
         * @memberof tfplugin6
         * @classdesc Represents a ValidateResourceConfig.
         * @constructor
         * @param {tfplugin6.ValidateResourceConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ValidateResourceConfig = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ValidateResourceConfig instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ValidateResourceConfig
         * @static
         * @param {tfplugin6.ValidateResourceConfig.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ValidateResourceConfig} ValidateResourceConfig instance
         * @type {{
         *   (properties: tfplugin6.ValidateResourceConfig.$Shape): tfplugin6.ValidateResourceConfig & tfplugin6.ValidateResourceConfig.$Shape;
         *   (properties?: tfplugin6.ValidateResourceConfig.$Properties): tfplugin6.ValidateResourceConfig;
         * }}
         */
        ValidateResourceConfig.create = function(properties) {
            return new ValidateResourceConfig(properties);
        };

        /**
         * Encodes the specified ValidateResourceConfig message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ValidateResourceConfig
         * @static
         * @param {tfplugin6.ValidateResourceConfig.$Properties} message ValidateResourceConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidateResourceConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidateResourceConfig message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ValidateResourceConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateResourceConfig & tfplugin6.ValidateResourceConfig.$Shape} ValidateResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidateResourceConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ValidateResourceConfig();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ValidateResourceConfig
         * @function getTypeUrl
         * @memberof tfplugin6.ValidateResourceConfig
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ValidateResourceConfig.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ValidateResourceConfig";
        };

        ValidateResourceConfig.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ValidateResourceConfig.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [client_capabilities] Request client_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ValidateResourceConfig
             * @interface IRequest
             * @augments tfplugin6.ValidateResourceConfig.Request.$Properties
             * @deprecated Use tfplugin6.ValidateResourceConfig.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ValidateResourceConfig.Request.$Properties} tfplugin6.ValidateResourceConfig.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ValidateResourceConfig
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ValidateResourceConfig.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request client_capabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} client_capabilities
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @instance
             */
            Request.prototype.client_capabilities = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @static
             * @param {tfplugin6.ValidateResourceConfig.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ValidateResourceConfig.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ValidateResourceConfig.Request.$Shape): tfplugin6.ValidateResourceConfig.Request & tfplugin6.ValidateResourceConfig.Request.$Shape;
             *   (properties?: tfplugin6.ValidateResourceConfig.Request.$Properties): tfplugin6.ValidateResourceConfig.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @static
             * @param {tfplugin6.ValidateResourceConfig.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.client_capabilities != null && $Object.hasOwnProperty.call(message, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.client_capabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateResourceConfig.Request & tfplugin6.ValidateResourceConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateResourceConfig.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.client_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ValidateResourceConfig.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ValidateResourceConfig.Request";
            };

            return Request;
        })();

        ValidateResourceConfig.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ValidateResourceConfig.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ValidateResourceConfig
             * @interface IResponse
             * @augments tfplugin6.ValidateResourceConfig.Response.$Properties
             * @deprecated Use tfplugin6.ValidateResourceConfig.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ValidateResourceConfig.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ValidateResourceConfig
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ValidateResourceConfig.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @static
             * @param {tfplugin6.ValidateResourceConfig.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ValidateResourceConfig.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ValidateResourceConfig.Response.$Shape): tfplugin6.ValidateResourceConfig.Response & tfplugin6.ValidateResourceConfig.Response.$Shape;
             *   (properties?: tfplugin6.ValidateResourceConfig.Response.$Properties): tfplugin6.ValidateResourceConfig.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @static
             * @param {tfplugin6.ValidateResourceConfig.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateResourceConfig.Response & tfplugin6.ValidateResourceConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateResourceConfig.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ValidateResourceConfig.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ValidateResourceConfig.Response";
            };

            return Response;
        })();

        return ValidateResourceConfig;
    })();

    tfplugin6.ValidateDataResourceConfig = (function() {

        /**
         * Properties of a ValidateDataResourceConfig.
         * @typedef {Object} tfplugin6.ValidateDataResourceConfig.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidateDataResourceConfig.
         * @memberof tfplugin6
         * @interface IValidateDataResourceConfig
         * @augments tfplugin6.ValidateDataResourceConfig.$Properties
         * @deprecated Use tfplugin6.ValidateDataResourceConfig.$Properties instead.
         */

        /**
         * Shape of a ValidateDataResourceConfig.
         * @typedef {tfplugin6.ValidateDataResourceConfig.$Properties} tfplugin6.ValidateDataResourceConfig.$Shape
         */

        /**
         * Constructs a new ValidateDataResourceConfig.
         * @memberof tfplugin6
         * @classdesc Represents a ValidateDataResourceConfig.
         * @constructor
         * @param {tfplugin6.ValidateDataResourceConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ValidateDataResourceConfig = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ValidateDataResourceConfig instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ValidateDataResourceConfig
         * @static
         * @param {tfplugin6.ValidateDataResourceConfig.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ValidateDataResourceConfig} ValidateDataResourceConfig instance
         * @type {{
         *   (properties: tfplugin6.ValidateDataResourceConfig.$Shape): tfplugin6.ValidateDataResourceConfig & tfplugin6.ValidateDataResourceConfig.$Shape;
         *   (properties?: tfplugin6.ValidateDataResourceConfig.$Properties): tfplugin6.ValidateDataResourceConfig;
         * }}
         */
        ValidateDataResourceConfig.create = function(properties) {
            return new ValidateDataResourceConfig(properties);
        };

        /**
         * Encodes the specified ValidateDataResourceConfig message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ValidateDataResourceConfig
         * @static
         * @param {tfplugin6.ValidateDataResourceConfig.$Properties} message ValidateDataResourceConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidateDataResourceConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidateDataResourceConfig message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ValidateDataResourceConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ValidateDataResourceConfig & tfplugin6.ValidateDataResourceConfig.$Shape} ValidateDataResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidateDataResourceConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ValidateDataResourceConfig();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ValidateDataResourceConfig
         * @function getTypeUrl
         * @memberof tfplugin6.ValidateDataResourceConfig
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ValidateDataResourceConfig.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ValidateDataResourceConfig";
        };

        ValidateDataResourceConfig.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ValidateDataResourceConfig.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @interface IRequest
             * @augments tfplugin6.ValidateDataResourceConfig.Request.$Properties
             * @deprecated Use tfplugin6.ValidateDataResourceConfig.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ValidateDataResourceConfig.Request.$Properties} tfplugin6.ValidateDataResourceConfig.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ValidateDataResourceConfig.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @static
             * @param {tfplugin6.ValidateDataResourceConfig.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ValidateDataResourceConfig.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ValidateDataResourceConfig.Request.$Shape): tfplugin6.ValidateDataResourceConfig.Request & tfplugin6.ValidateDataResourceConfig.Request.$Shape;
             *   (properties?: tfplugin6.ValidateDataResourceConfig.Request.$Properties): tfplugin6.ValidateDataResourceConfig.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @static
             * @param {tfplugin6.ValidateDataResourceConfig.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateDataResourceConfig.Request & tfplugin6.ValidateDataResourceConfig.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateDataResourceConfig.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ValidateDataResourceConfig.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ValidateDataResourceConfig.Request";
            };

            return Request;
        })();

        ValidateDataResourceConfig.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ValidateDataResourceConfig.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @interface IResponse
             * @augments tfplugin6.ValidateDataResourceConfig.Response.$Properties
             * @deprecated Use tfplugin6.ValidateDataResourceConfig.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ValidateDataResourceConfig.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ValidateDataResourceConfig
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ValidateDataResourceConfig.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @static
             * @param {tfplugin6.ValidateDataResourceConfig.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ValidateDataResourceConfig.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ValidateDataResourceConfig.Response.$Shape): tfplugin6.ValidateDataResourceConfig.Response & tfplugin6.ValidateDataResourceConfig.Response.$Shape;
             *   (properties?: tfplugin6.ValidateDataResourceConfig.Response.$Properties): tfplugin6.ValidateDataResourceConfig.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @static
             * @param {tfplugin6.ValidateDataResourceConfig.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ValidateDataResourceConfig.Response & tfplugin6.ValidateDataResourceConfig.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ValidateDataResourceConfig.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ValidateDataResourceConfig.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ValidateDataResourceConfig.Response";
            };

            return Response;
        })();

        return ValidateDataResourceConfig;
    })();

    tfplugin6.ConfigureProvider = (function() {

        /**
         * Properties of a ConfigureProvider.
         * @typedef {Object} tfplugin6.ConfigureProvider.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConfigureProvider.
         * @memberof tfplugin6
         * @interface IConfigureProvider
         * @augments tfplugin6.ConfigureProvider.$Properties
         * @deprecated Use tfplugin6.ConfigureProvider.$Properties instead.
         */

        /**
         * Shape of a ConfigureProvider.
         * @typedef {tfplugin6.ConfigureProvider.$Properties} tfplugin6.ConfigureProvider.$Shape
         */

        /**
         * Constructs a new ConfigureProvider.
         * @memberof tfplugin6
         * @classdesc Represents a ConfigureProvider.
         * @constructor
         * @param {tfplugin6.ConfigureProvider.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ConfigureProvider = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ConfigureProvider instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ConfigureProvider
         * @static
         * @param {tfplugin6.ConfigureProvider.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ConfigureProvider} ConfigureProvider instance
         * @type {{
         *   (properties: tfplugin6.ConfigureProvider.$Shape): tfplugin6.ConfigureProvider & tfplugin6.ConfigureProvider.$Shape;
         *   (properties?: tfplugin6.ConfigureProvider.$Properties): tfplugin6.ConfigureProvider;
         * }}
         */
        ConfigureProvider.create = function(properties) {
            return new ConfigureProvider(properties);
        };

        /**
         * Encodes the specified ConfigureProvider message. Does not implicitly {@link tfplugin6.ConfigureProvider.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ConfigureProvider
         * @static
         * @param {tfplugin6.ConfigureProvider.$Properties} message ConfigureProvider message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConfigureProvider.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConfigureProvider message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ConfigureProvider
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ConfigureProvider & tfplugin6.ConfigureProvider.$Shape} ConfigureProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConfigureProvider.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ConfigureProvider();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ConfigureProvider
         * @function getTypeUrl
         * @memberof tfplugin6.ConfigureProvider
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ConfigureProvider.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ConfigureProvider";
        };

        ConfigureProvider.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ConfigureProvider.Request.$Properties
             * @property {string|null} [terraform_version] Request terraform_version
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [client_capabilities] Request client_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ConfigureProvider
             * @interface IRequest
             * @augments tfplugin6.ConfigureProvider.Request.$Properties
             * @deprecated Use tfplugin6.ConfigureProvider.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ConfigureProvider.Request.$Properties} tfplugin6.ConfigureProvider.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ConfigureProvider
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ConfigureProvider.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request terraform_version.
             * @member {string} terraform_version
             * @memberof tfplugin6.ConfigureProvider.Request
             * @instance
             */
            Request.prototype.terraform_version = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ConfigureProvider.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request client_capabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} client_capabilities
             * @memberof tfplugin6.ConfigureProvider.Request
             * @instance
             */
            Request.prototype.client_capabilities = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ConfigureProvider.Request
             * @static
             * @param {tfplugin6.ConfigureProvider.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ConfigureProvider.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ConfigureProvider.Request.$Shape): tfplugin6.ConfigureProvider.Request & tfplugin6.ConfigureProvider.Request.$Shape;
             *   (properties?: tfplugin6.ConfigureProvider.Request.$Properties): tfplugin6.ConfigureProvider.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ConfigureProvider.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ConfigureProvider.Request
             * @static
             * @param {tfplugin6.ConfigureProvider.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.terraform_version != null && $Object.hasOwnProperty.call(message, "terraform_version") && message.terraform_version !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.terraform_version);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.client_capabilities != null && $Object.hasOwnProperty.call(message, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.client_capabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ConfigureProvider.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ConfigureProvider.Request & tfplugin6.ConfigureProvider.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ConfigureProvider.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.terraform_version = value;
                            else
                                delete message.terraform_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.client_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ConfigureProvider.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ConfigureProvider.Request";
            };

            return Request;
        })();

        ConfigureProvider.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ConfigureProvider.Response.$Properties
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ConfigureProvider
             * @interface IResponse
             * @augments tfplugin6.ConfigureProvider.Response.$Properties
             * @deprecated Use tfplugin6.ConfigureProvider.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ConfigureProvider.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ConfigureProvider
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ConfigureProvider.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ConfigureProvider.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ConfigureProvider.Response
             * @static
             * @param {tfplugin6.ConfigureProvider.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ConfigureProvider.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ConfigureProvider.Response.$Shape): tfplugin6.ConfigureProvider.Response & tfplugin6.ConfigureProvider.Response.$Shape;
             *   (properties?: tfplugin6.ConfigureProvider.Response.$Properties): tfplugin6.ConfigureProvider.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ConfigureProvider.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ConfigureProvider.Response
             * @static
             * @param {tfplugin6.ConfigureProvider.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ConfigureProvider.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ConfigureProvider.Response & tfplugin6.ConfigureProvider.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ConfigureProvider.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ConfigureProvider.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ConfigureProvider.Response";
            };

            return Response;
        })();

        return ConfigureProvider;
    })();

    tfplugin6.ReadResource = (function() {

        /**
         * Properties of a ReadResource.
         * @typedef {Object} tfplugin6.ReadResource.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadResource.
         * @memberof tfplugin6
         * @interface IReadResource
         * @augments tfplugin6.ReadResource.$Properties
         * @deprecated Use tfplugin6.ReadResource.$Properties instead.
         */

        /**
         * Shape of a ReadResource.
         * @typedef {tfplugin6.ReadResource.$Properties} tfplugin6.ReadResource.$Shape
         */

        /**
         * Constructs a new ReadResource.
         * @memberof tfplugin6
         * @classdesc Represents a ReadResource.
         * @constructor
         * @param {tfplugin6.ReadResource.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ReadResource = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ReadResource instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ReadResource
         * @static
         * @param {tfplugin6.ReadResource.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ReadResource} ReadResource instance
         * @type {{
         *   (properties: tfplugin6.ReadResource.$Shape): tfplugin6.ReadResource & tfplugin6.ReadResource.$Shape;
         *   (properties?: tfplugin6.ReadResource.$Properties): tfplugin6.ReadResource;
         * }}
         */
        ReadResource.create = function(properties) {
            return new ReadResource(properties);
        };

        /**
         * Encodes the specified ReadResource message. Does not implicitly {@link tfplugin6.ReadResource.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ReadResource
         * @static
         * @param {tfplugin6.ReadResource.$Properties} message ReadResource message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadResource.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadResource message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ReadResource
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ReadResource & tfplugin6.ReadResource.$Shape} ReadResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadResource.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ReadResource();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ReadResource
         * @function getTypeUrl
         * @memberof tfplugin6.ReadResource
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ReadResource.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ReadResource";
        };

        ReadResource.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ReadResource.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [current_state] Request current_state
             * @property {Uint8Array|null} ["private"] Request private
             * @property {tfplugin6.DynamicValue.$Properties|null} [provider_meta] Request provider_meta
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [client_capabilities] Request client_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ReadResource
             * @interface IRequest
             * @augments tfplugin6.ReadResource.Request.$Properties
             * @deprecated Use tfplugin6.ReadResource.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ReadResource.Request.$Properties} tfplugin6.ReadResource.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ReadResource
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ReadResource.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request current_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} current_state
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.current_state = null;

            /**
             * Request private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype["private"] = $util.newBuffer([]);

            /**
             * Request provider_meta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} provider_meta
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.provider_meta = null;

            /**
             * Request client_capabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} client_capabilities
             * @memberof tfplugin6.ReadResource.Request
             * @instance
             */
            Request.prototype.client_capabilities = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ReadResource.Request
             * @static
             * @param {tfplugin6.ReadResource.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ReadResource.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ReadResource.Request.$Shape): tfplugin6.ReadResource.Request & tfplugin6.ReadResource.Request.$Shape;
             *   (properties?: tfplugin6.ReadResource.Request.$Properties): tfplugin6.ReadResource.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadResource.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadResource.Request
             * @static
             * @param {tfplugin6.ReadResource.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.current_state != null && $Object.hasOwnProperty.call(message, "current_state"))
                    $root.tfplugin6.DynamicValue.encode(message.current_state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message["private"]);
                if (message.provider_meta != null && $Object.hasOwnProperty.call(message, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(message.provider_meta, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.client_capabilities != null && $Object.hasOwnProperty.call(message, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.client_capabilities, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadResource.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadResource.Request & tfplugin6.ReadResource.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadResource.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.current_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.current_state);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.provider_meta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.provider_meta);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.client_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ReadResource.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ReadResource.Request";
            };

            return Request;
        })();

        ReadResource.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ReadResource.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [new_state] Response new_state
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Uint8Array|null} ["private"] Response private
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ReadResource
             * @interface IResponse
             * @augments tfplugin6.ReadResource.Response.$Properties
             * @deprecated Use tfplugin6.ReadResource.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   new_state?: tfplugin6.DynamicValue.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   "private"?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ReadResource.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ReadResource
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ReadResource.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response new_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} new_state
             * @memberof tfplugin6.ReadResource.Response
             * @instance
             */
            Response.prototype.new_state = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ReadResource.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ReadResource.Response
             * @instance
             */
            Response.prototype["private"] = $util.newBuffer([]);

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ReadResource.Response
             * @static
             * @param {tfplugin6.ReadResource.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ReadResource.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ReadResource.Response.$Shape): tfplugin6.ReadResource.Response & tfplugin6.ReadResource.Response.$Shape;
             *   (properties?: tfplugin6.ReadResource.Response.$Properties): tfplugin6.ReadResource.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadResource.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadResource.Response
             * @static
             * @param {tfplugin6.ReadResource.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.new_state != null && $Object.hasOwnProperty.call(message, "new_state"))
                    $root.tfplugin6.DynamicValue.encode(message.new_state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message["private"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadResource.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadResource.Response & tfplugin6.ReadResource.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadResource.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.new_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.new_state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ReadResource.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ReadResource.Response";
            };

            return Response;
        })();

        return ReadResource;
    })();

    tfplugin6.PlanResourceChange = (function() {

        /**
         * Properties of a PlanResourceChange.
         * @typedef {Object} tfplugin6.PlanResourceChange.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlanResourceChange.
         * @memberof tfplugin6
         * @interface IPlanResourceChange
         * @augments tfplugin6.PlanResourceChange.$Properties
         * @deprecated Use tfplugin6.PlanResourceChange.$Properties instead.
         */

        /**
         * Shape of a PlanResourceChange.
         * @typedef {tfplugin6.PlanResourceChange.$Properties} tfplugin6.PlanResourceChange.$Shape
         */

        /**
         * Constructs a new PlanResourceChange.
         * @memberof tfplugin6
         * @classdesc Represents a PlanResourceChange.
         * @constructor
         * @param {tfplugin6.PlanResourceChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PlanResourceChange = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new PlanResourceChange instance using the specified properties.
         * @function create
         * @memberof tfplugin6.PlanResourceChange
         * @static
         * @param {tfplugin6.PlanResourceChange.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.PlanResourceChange} PlanResourceChange instance
         * @type {{
         *   (properties: tfplugin6.PlanResourceChange.$Shape): tfplugin6.PlanResourceChange & tfplugin6.PlanResourceChange.$Shape;
         *   (properties?: tfplugin6.PlanResourceChange.$Properties): tfplugin6.PlanResourceChange;
         * }}
         */
        PlanResourceChange.create = function(properties) {
            return new PlanResourceChange(properties);
        };

        /**
         * Encodes the specified PlanResourceChange message. Does not implicitly {@link tfplugin6.PlanResourceChange.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.PlanResourceChange
         * @static
         * @param {tfplugin6.PlanResourceChange.$Properties} message PlanResourceChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanResourceChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PlanResourceChange message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.PlanResourceChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.PlanResourceChange & tfplugin6.PlanResourceChange.$Shape} PlanResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanResourceChange.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.PlanResourceChange();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for PlanResourceChange
         * @function getTypeUrl
         * @memberof tfplugin6.PlanResourceChange
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlanResourceChange.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.PlanResourceChange";
        };

        PlanResourceChange.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.PlanResourceChange.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [prior_state] Request prior_state
             * @property {tfplugin6.DynamicValue.$Properties|null} [proposed_new_state] Request proposed_new_state
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Uint8Array|null} [prior_private] Request prior_private
             * @property {tfplugin6.DynamicValue.$Properties|null} [provider_meta] Request provider_meta
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [client_capabilities] Request client_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.PlanResourceChange
             * @interface IRequest
             * @augments tfplugin6.PlanResourceChange.Request.$Properties
             * @deprecated Use tfplugin6.PlanResourceChange.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.PlanResourceChange.Request.$Properties} tfplugin6.PlanResourceChange.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.PlanResourceChange
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.PlanResourceChange.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request prior_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} prior_state
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.prior_state = null;

            /**
             * Request proposed_new_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} proposed_new_state
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.proposed_new_state = null;

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request prior_private.
             * @member {Uint8Array} prior_private
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.prior_private = $util.newBuffer([]);

            /**
             * Request provider_meta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} provider_meta
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.provider_meta = null;

            /**
             * Request client_capabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} client_capabilities
             * @memberof tfplugin6.PlanResourceChange.Request
             * @instance
             */
            Request.prototype.client_capabilities = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.PlanResourceChange.Request
             * @static
             * @param {tfplugin6.PlanResourceChange.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.PlanResourceChange.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.PlanResourceChange.Request.$Shape): tfplugin6.PlanResourceChange.Request & tfplugin6.PlanResourceChange.Request.$Shape;
             *   (properties?: tfplugin6.PlanResourceChange.Request.$Properties): tfplugin6.PlanResourceChange.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.PlanResourceChange.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.PlanResourceChange.Request
             * @static
             * @param {tfplugin6.PlanResourceChange.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.prior_state != null && $Object.hasOwnProperty.call(message, "prior_state"))
                    $root.tfplugin6.DynamicValue.encode(message.prior_state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.proposed_new_state != null && $Object.hasOwnProperty.call(message, "proposed_new_state"))
                    $root.tfplugin6.DynamicValue.encode(message.proposed_new_state, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.prior_private != null && $Object.hasOwnProperty.call(message, "prior_private") && message.prior_private.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.prior_private);
                if (message.provider_meta != null && $Object.hasOwnProperty.call(message, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(message.provider_meta, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.client_capabilities != null && $Object.hasOwnProperty.call(message, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.client_capabilities, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.PlanResourceChange.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.PlanResourceChange.Request & tfplugin6.PlanResourceChange.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.PlanResourceChange.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prior_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.prior_state);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proposed_new_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.proposed_new_state);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.prior_private = value;
                            else
                                delete message.prior_private;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.provider_meta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.provider_meta);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.client_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.PlanResourceChange.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.PlanResourceChange.Request";
            };

            return Request;
        })();

        PlanResourceChange.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.PlanResourceChange.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [planned_state] Response planned_state
             * @property {Array.<tfplugin6.AttributePath.$Properties>|null} [requires_replace] Response requires_replace
             * @property {Uint8Array|null} [planned_private] Response planned_private
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {boolean|null} [legacy_type_system] Response legacy_type_system
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.PlanResourceChange
             * @interface IResponse
             * @augments tfplugin6.PlanResourceChange.Response.$Properties
             * @deprecated Use tfplugin6.PlanResourceChange.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   planned_state?: tfplugin6.DynamicValue.$Shape|null;
             *   requires_replace?: Array.<tfplugin6.AttributePath.$Shape>|null;
             *   planned_private?: Uint8Array|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   legacy_type_system?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.PlanResourceChange.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.PlanResourceChange
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.PlanResourceChange.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.requires_replace = [];
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response planned_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} planned_state
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.planned_state = null;

            /**
             * Response requires_replace.
             * @member {Array.<tfplugin6.AttributePath.$Properties>} requires_replace
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.requires_replace = $util.emptyArray;

            /**
             * Response planned_private.
             * @member {Uint8Array} planned_private
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.planned_private = $util.newBuffer([]);

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response legacy_type_system.
             * @member {boolean} legacy_type_system
             * @memberof tfplugin6.PlanResourceChange.Response
             * @instance
             */
            Response.prototype.legacy_type_system = false;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.PlanResourceChange.Response
             * @static
             * @param {tfplugin6.PlanResourceChange.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.PlanResourceChange.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.PlanResourceChange.Response.$Shape): tfplugin6.PlanResourceChange.Response & tfplugin6.PlanResourceChange.Response.$Shape;
             *   (properties?: tfplugin6.PlanResourceChange.Response.$Properties): tfplugin6.PlanResourceChange.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.PlanResourceChange.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.PlanResourceChange.Response
             * @static
             * @param {tfplugin6.PlanResourceChange.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.planned_state != null && $Object.hasOwnProperty.call(message, "planned_state"))
                    $root.tfplugin6.DynamicValue.encode(message.planned_state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.requires_replace != null && message.requires_replace.length)
                    for (var i = 0; i < message.requires_replace.length; ++i)
                        $root.tfplugin6.AttributePath.encode(message.requires_replace[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.planned_private != null && $Object.hasOwnProperty.call(message, "planned_private") && message.planned_private.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.planned_private);
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.legacy_type_system != null && $Object.hasOwnProperty.call(message, "legacy_type_system") && message.legacy_type_system !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.legacy_type_system);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.PlanResourceChange.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.PlanResourceChange.Response & tfplugin6.PlanResourceChange.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.PlanResourceChange.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.planned_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.planned_state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.requires_replace && message.requires_replace.length))
                                message.requires_replace = [];
                            message.requires_replace.push($root.tfplugin6.AttributePath.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.planned_private = value;
                            else
                                delete message.planned_private;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.legacy_type_system = value;
                            else
                                delete message.legacy_type_system;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.PlanResourceChange.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.PlanResourceChange.Response";
            };

            return Response;
        })();

        return PlanResourceChange;
    })();

    tfplugin6.ApplyResourceChange = (function() {

        /**
         * Properties of an ApplyResourceChange.
         * @typedef {Object} tfplugin6.ApplyResourceChange.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ApplyResourceChange.
         * @memberof tfplugin6
         * @interface IApplyResourceChange
         * @augments tfplugin6.ApplyResourceChange.$Properties
         * @deprecated Use tfplugin6.ApplyResourceChange.$Properties instead.
         */

        /**
         * Shape of an ApplyResourceChange.
         * @typedef {tfplugin6.ApplyResourceChange.$Properties} tfplugin6.ApplyResourceChange.$Shape
         */

        /**
         * Constructs a new ApplyResourceChange.
         * @memberof tfplugin6
         * @classdesc Represents an ApplyResourceChange.
         * @constructor
         * @param {tfplugin6.ApplyResourceChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ApplyResourceChange = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ApplyResourceChange instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ApplyResourceChange
         * @static
         * @param {tfplugin6.ApplyResourceChange.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ApplyResourceChange} ApplyResourceChange instance
         * @type {{
         *   (properties: tfplugin6.ApplyResourceChange.$Shape): tfplugin6.ApplyResourceChange & tfplugin6.ApplyResourceChange.$Shape;
         *   (properties?: tfplugin6.ApplyResourceChange.$Properties): tfplugin6.ApplyResourceChange;
         * }}
         */
        ApplyResourceChange.create = function(properties) {
            return new ApplyResourceChange(properties);
        };

        /**
         * Encodes the specified ApplyResourceChange message. Does not implicitly {@link tfplugin6.ApplyResourceChange.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ApplyResourceChange
         * @static
         * @param {tfplugin6.ApplyResourceChange.$Properties} message ApplyResourceChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApplyResourceChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ApplyResourceChange message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ApplyResourceChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ApplyResourceChange & tfplugin6.ApplyResourceChange.$Shape} ApplyResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApplyResourceChange.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ApplyResourceChange();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ApplyResourceChange
         * @function getTypeUrl
         * @memberof tfplugin6.ApplyResourceChange
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ApplyResourceChange.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ApplyResourceChange";
        };

        ApplyResourceChange.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ApplyResourceChange.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [prior_state] Request prior_state
             * @property {tfplugin6.DynamicValue.$Properties|null} [planned_state] Request planned_state
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {Uint8Array|null} [planned_private] Request planned_private
             * @property {tfplugin6.DynamicValue.$Properties|null} [provider_meta] Request provider_meta
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ApplyResourceChange
             * @interface IRequest
             * @augments tfplugin6.ApplyResourceChange.Request.$Properties
             * @deprecated Use tfplugin6.ApplyResourceChange.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ApplyResourceChange.Request.$Properties} tfplugin6.ApplyResourceChange.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ApplyResourceChange
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ApplyResourceChange.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request prior_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} prior_state
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.prior_state = null;

            /**
             * Request planned_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} planned_state
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.planned_state = null;

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request planned_private.
             * @member {Uint8Array} planned_private
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.planned_private = $util.newBuffer([]);

            /**
             * Request provider_meta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} provider_meta
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @instance
             */
            Request.prototype.provider_meta = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @static
             * @param {tfplugin6.ApplyResourceChange.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ApplyResourceChange.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ApplyResourceChange.Request.$Shape): tfplugin6.ApplyResourceChange.Request & tfplugin6.ApplyResourceChange.Request.$Shape;
             *   (properties?: tfplugin6.ApplyResourceChange.Request.$Properties): tfplugin6.ApplyResourceChange.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @static
             * @param {tfplugin6.ApplyResourceChange.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.prior_state != null && $Object.hasOwnProperty.call(message, "prior_state"))
                    $root.tfplugin6.DynamicValue.encode(message.prior_state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.planned_state != null && $Object.hasOwnProperty.call(message, "planned_state"))
                    $root.tfplugin6.DynamicValue.encode(message.planned_state, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.planned_private != null && $Object.hasOwnProperty.call(message, "planned_private") && message.planned_private.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.planned_private);
                if (message.provider_meta != null && $Object.hasOwnProperty.call(message, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(message.provider_meta, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ApplyResourceChange.Request & tfplugin6.ApplyResourceChange.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ApplyResourceChange.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prior_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.prior_state);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.planned_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.planned_state);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.planned_private = value;
                            else
                                delete message.planned_private;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.provider_meta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.provider_meta);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ApplyResourceChange.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ApplyResourceChange.Request";
            };

            return Request;
        })();

        ApplyResourceChange.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ApplyResourceChange.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [new_state] Response new_state
             * @property {Uint8Array|null} ["private"] Response private
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {boolean|null} [legacy_type_system] Response legacy_type_system
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ApplyResourceChange
             * @interface IResponse
             * @augments tfplugin6.ApplyResourceChange.Response.$Properties
             * @deprecated Use tfplugin6.ApplyResourceChange.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   new_state?: tfplugin6.DynamicValue.$Shape|null;
             *   "private"?: Uint8Array|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   legacy_type_system?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ApplyResourceChange.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ApplyResourceChange
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ApplyResourceChange.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response new_state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} new_state
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype.new_state = null;

            /**
             * Response private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype["private"] = $util.newBuffer([]);

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Response legacy_type_system.
             * @member {boolean} legacy_type_system
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @instance
             */
            Response.prototype.legacy_type_system = false;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @static
             * @param {tfplugin6.ApplyResourceChange.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ApplyResourceChange.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ApplyResourceChange.Response.$Shape): tfplugin6.ApplyResourceChange.Response & tfplugin6.ApplyResourceChange.Response.$Shape;
             *   (properties?: tfplugin6.ApplyResourceChange.Response.$Properties): tfplugin6.ApplyResourceChange.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @static
             * @param {tfplugin6.ApplyResourceChange.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.new_state != null && $Object.hasOwnProperty.call(message, "new_state"))
                    $root.tfplugin6.DynamicValue.encode(message.new_state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message["private"]);
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.legacy_type_system != null && $Object.hasOwnProperty.call(message, "legacy_type_system") && message.legacy_type_system !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.legacy_type_system);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ApplyResourceChange.Response & tfplugin6.ApplyResourceChange.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ApplyResourceChange.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.new_state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.new_state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.legacy_type_system = value;
                            else
                                delete message.legacy_type_system;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ApplyResourceChange.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ApplyResourceChange.Response";
            };

            return Response;
        })();

        return ApplyResourceChange;
    })();

    tfplugin6.ImportResourceState = (function() {

        /**
         * Properties of an ImportResourceState.
         * @typedef {Object} tfplugin6.ImportResourceState.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ImportResourceState.
         * @memberof tfplugin6
         * @interface IImportResourceState
         * @augments tfplugin6.ImportResourceState.$Properties
         * @deprecated Use tfplugin6.ImportResourceState.$Properties instead.
         */

        /**
         * Shape of an ImportResourceState.
         * @typedef {tfplugin6.ImportResourceState.$Properties} tfplugin6.ImportResourceState.$Shape
         */

        /**
         * Constructs a new ImportResourceState.
         * @memberof tfplugin6
         * @classdesc Represents an ImportResourceState.
         * @constructor
         * @param {tfplugin6.ImportResourceState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ImportResourceState = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ImportResourceState instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ImportResourceState
         * @static
         * @param {tfplugin6.ImportResourceState.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ImportResourceState} ImportResourceState instance
         * @type {{
         *   (properties: tfplugin6.ImportResourceState.$Shape): tfplugin6.ImportResourceState & tfplugin6.ImportResourceState.$Shape;
         *   (properties?: tfplugin6.ImportResourceState.$Properties): tfplugin6.ImportResourceState;
         * }}
         */
        ImportResourceState.create = function(properties) {
            return new ImportResourceState(properties);
        };

        /**
         * Encodes the specified ImportResourceState message. Does not implicitly {@link tfplugin6.ImportResourceState.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ImportResourceState
         * @static
         * @param {tfplugin6.ImportResourceState.$Properties} message ImportResourceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImportResourceState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ImportResourceState message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ImportResourceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ImportResourceState & tfplugin6.ImportResourceState.$Shape} ImportResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImportResourceState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ImportResourceState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ImportResourceState
         * @function getTypeUrl
         * @memberof tfplugin6.ImportResourceState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ImportResourceState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ImportResourceState";
        };

        ImportResourceState.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ImportResourceState.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {string|null} [id] Request id
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [client_capabilities] Request client_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ImportResourceState
             * @interface IRequest
             * @augments tfplugin6.ImportResourceState.Request.$Properties
             * @deprecated Use tfplugin6.ImportResourceState.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ImportResourceState.Request.$Properties} tfplugin6.ImportResourceState.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ImportResourceState
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ImportResourceState.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ImportResourceState.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request id.
             * @member {string} id
             * @memberof tfplugin6.ImportResourceState.Request
             * @instance
             */
            Request.prototype.id = "";

            /**
             * Request client_capabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} client_capabilities
             * @memberof tfplugin6.ImportResourceState.Request
             * @instance
             */
            Request.prototype.client_capabilities = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ImportResourceState.Request
             * @static
             * @param {tfplugin6.ImportResourceState.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ImportResourceState.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ImportResourceState.Request.$Shape): tfplugin6.ImportResourceState.Request & tfplugin6.ImportResourceState.Request.$Shape;
             *   (properties?: tfplugin6.ImportResourceState.Request.$Properties): tfplugin6.ImportResourceState.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ImportResourceState.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ImportResourceState.Request
             * @static
             * @param {tfplugin6.ImportResourceState.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.client_capabilities != null && $Object.hasOwnProperty.call(message, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.client_capabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ImportResourceState.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.Request & tfplugin6.ImportResourceState.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ImportResourceState.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.client_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ImportResourceState.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ImportResourceState.Request";
            };

            return Request;
        })();

        ImportResourceState.ImportedResource = (function() {

            /**
             * Properties of an ImportedResource.
             * @typedef {Object} tfplugin6.ImportResourceState.ImportedResource.$Properties
             * @property {string|null} [type_name] ImportedResource type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [state] ImportedResource state
             * @property {Uint8Array|null} ["private"] ImportedResource private
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImportedResource.
             * @memberof tfplugin6.ImportResourceState
             * @interface IImportedResource
             * @augments tfplugin6.ImportResourceState.ImportedResource.$Properties
             * @deprecated Use tfplugin6.ImportResourceState.ImportedResource.$Properties instead.
             */

            /**
             * Shape of an ImportedResource.
             * @typedef {tfplugin6.ImportResourceState.ImportedResource.$Properties} tfplugin6.ImportResourceState.ImportedResource.$Shape
             */

            /**
             * Constructs a new ImportedResource.
             * @memberof tfplugin6.ImportResourceState
             * @classdesc Represents an ImportedResource.
             * @constructor
             * @param {tfplugin6.ImportResourceState.ImportedResource.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ImportedResource = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ImportedResource type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @instance
             */
            ImportedResource.prototype.type_name = "";

            /**
             * ImportedResource state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} state
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @instance
             */
            ImportedResource.prototype.state = null;

            /**
             * ImportedResource private.
             * @member {Uint8Array} private
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @instance
             */
            ImportedResource.prototype["private"] = $util.newBuffer([]);

            /**
             * Creates a new ImportedResource instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @static
             * @param {tfplugin6.ImportResourceState.ImportedResource.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ImportResourceState.ImportedResource} ImportedResource instance
             * @type {{
             *   (properties: tfplugin6.ImportResourceState.ImportedResource.$Shape): tfplugin6.ImportResourceState.ImportedResource & tfplugin6.ImportResourceState.ImportedResource.$Shape;
             *   (properties?: tfplugin6.ImportResourceState.ImportedResource.$Properties): tfplugin6.ImportResourceState.ImportedResource;
             * }}
             */
            ImportedResource.create = function(properties) {
                return new ImportedResource(properties);
            };

            /**
             * Encodes the specified ImportedResource message. Does not implicitly {@link tfplugin6.ImportResourceState.ImportedResource.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @static
             * @param {tfplugin6.ImportResourceState.ImportedResource.$Properties} message ImportedResource message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImportedResource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.tfplugin6.DynamicValue.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message["private"] != null && $Object.hasOwnProperty.call(message, "private") && message["private"].length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message["private"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ImportedResource message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.ImportedResource & tfplugin6.ImportResourceState.ImportedResource.$Shape} ImportedResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImportedResource.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ImportResourceState.ImportedResource();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message["private"] = value;
                            else
                                delete message["private"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ImportedResource
             * @function getTypeUrl
             * @memberof tfplugin6.ImportResourceState.ImportedResource
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImportedResource.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ImportResourceState.ImportedResource";
            };

            return ImportedResource;
        })();

        ImportResourceState.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ImportResourceState.Response.$Properties
             * @property {Array.<tfplugin6.ImportResourceState.ImportedResource.$Properties>|null} [imported_resources] Response imported_resources
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ImportResourceState
             * @interface IResponse
             * @augments tfplugin6.ImportResourceState.Response.$Properties
             * @deprecated Use tfplugin6.ImportResourceState.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   imported_resources?: Array.<tfplugin6.ImportResourceState.ImportedResource.$Shape>|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ImportResourceState.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ImportResourceState
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ImportResourceState.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.imported_resources = [];
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response imported_resources.
             * @member {Array.<tfplugin6.ImportResourceState.ImportedResource.$Properties>} imported_resources
             * @memberof tfplugin6.ImportResourceState.Response
             * @instance
             */
            Response.prototype.imported_resources = $util.emptyArray;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ImportResourceState.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ImportResourceState.Response
             * @static
             * @param {tfplugin6.ImportResourceState.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ImportResourceState.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ImportResourceState.Response.$Shape): tfplugin6.ImportResourceState.Response & tfplugin6.ImportResourceState.Response.$Shape;
             *   (properties?: tfplugin6.ImportResourceState.Response.$Properties): tfplugin6.ImportResourceState.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ImportResourceState.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ImportResourceState.Response
             * @static
             * @param {tfplugin6.ImportResourceState.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.imported_resources != null && message.imported_resources.length)
                    for (var i = 0; i < message.imported_resources.length; ++i)
                        $root.tfplugin6.ImportResourceState.ImportedResource.encode(message.imported_resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ImportResourceState.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ImportResourceState.Response & tfplugin6.ImportResourceState.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ImportResourceState.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.imported_resources && message.imported_resources.length))
                                message.imported_resources = [];
                            message.imported_resources.push($root.tfplugin6.ImportResourceState.ImportedResource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ImportResourceState.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ImportResourceState.Response";
            };

            return Response;
        })();

        return ImportResourceState;
    })();

    tfplugin6.ReadDataSource = (function() {

        /**
         * Properties of a ReadDataSource.
         * @typedef {Object} tfplugin6.ReadDataSource.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadDataSource.
         * @memberof tfplugin6
         * @interface IReadDataSource
         * @augments tfplugin6.ReadDataSource.$Properties
         * @deprecated Use tfplugin6.ReadDataSource.$Properties instead.
         */

        /**
         * Shape of a ReadDataSource.
         * @typedef {tfplugin6.ReadDataSource.$Properties} tfplugin6.ReadDataSource.$Shape
         */

        /**
         * Constructs a new ReadDataSource.
         * @memberof tfplugin6
         * @classdesc Represents a ReadDataSource.
         * @constructor
         * @param {tfplugin6.ReadDataSource.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ReadDataSource = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new ReadDataSource instance using the specified properties.
         * @function create
         * @memberof tfplugin6.ReadDataSource
         * @static
         * @param {tfplugin6.ReadDataSource.$Properties=} [properties] Properties to set
         * @returns {tfplugin6.ReadDataSource} ReadDataSource instance
         * @type {{
         *   (properties: tfplugin6.ReadDataSource.$Shape): tfplugin6.ReadDataSource & tfplugin6.ReadDataSource.$Shape;
         *   (properties?: tfplugin6.ReadDataSource.$Properties): tfplugin6.ReadDataSource;
         * }}
         */
        ReadDataSource.create = function(properties) {
            return new ReadDataSource(properties);
        };

        /**
         * Encodes the specified ReadDataSource message. Does not implicitly {@link tfplugin6.ReadDataSource.verify|verify} messages.
         * @function encode
         * @memberof tfplugin6.ReadDataSource
         * @static
         * @param {tfplugin6.ReadDataSource.$Properties} message ReadDataSource message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadDataSource.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadDataSource message from the specified reader or buffer.
         * @function decode
         * @memberof tfplugin6.ReadDataSource
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tfplugin6.ReadDataSource & tfplugin6.ReadDataSource.$Shape} ReadDataSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadDataSource.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tfplugin6.ReadDataSource();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ReadDataSource
         * @function getTypeUrl
         * @memberof tfplugin6.ReadDataSource
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ReadDataSource.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tfplugin6.ReadDataSource";
        };

        ReadDataSource.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tfplugin6.ReadDataSource.Request.$Properties
             * @property {string|null} [type_name] Request type_name
             * @property {tfplugin6.DynamicValue.$Properties|null} [config] Request config
             * @property {tfplugin6.DynamicValue.$Properties|null} [provider_meta] Request provider_meta
             * @property {tfplugin6.ClientCapabilities.$Properties|null} [client_capabilities] Request client_capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tfplugin6.ReadDataSource
             * @interface IRequest
             * @augments tfplugin6.ReadDataSource.Request.$Properties
             * @deprecated Use tfplugin6.ReadDataSource.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {tfplugin6.ReadDataSource.Request.$Properties} tfplugin6.ReadDataSource.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tfplugin6.ReadDataSource
             * @classdesc Represents a Request.
             * @constructor
             * @param {tfplugin6.ReadDataSource.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request type_name.
             * @member {string} type_name
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.type_name = "";

            /**
             * Request config.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} config
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.config = null;

            /**
             * Request provider_meta.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} provider_meta
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.provider_meta = null;

            /**
             * Request client_capabilities.
             * @member {tfplugin6.ClientCapabilities.$Properties|null|undefined} client_capabilities
             * @memberof tfplugin6.ReadDataSource.Request
             * @instance
             */
            Request.prototype.client_capabilities = null;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ReadDataSource.Request
             * @static
             * @param {tfplugin6.ReadDataSource.Request.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ReadDataSource.Request} Request instance
             * @type {{
             *   (properties: tfplugin6.ReadDataSource.Request.$Shape): tfplugin6.ReadDataSource.Request & tfplugin6.ReadDataSource.Request.$Shape;
             *   (properties?: tfplugin6.ReadDataSource.Request.$Properties): tfplugin6.ReadDataSource.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadDataSource.Request.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadDataSource.Request
             * @static
             * @param {tfplugin6.ReadDataSource.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_name != null && $Object.hasOwnProperty.call(message, "type_name") && message.type_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_name);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.provider_meta != null && $Object.hasOwnProperty.call(message, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(message.provider_meta, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.client_capabilities != null && $Object.hasOwnProperty.call(message, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.client_capabilities, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadDataSource.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadDataSource.Request & tfplugin6.ReadDataSource.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadDataSource.Request();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_name = value;
                            else
                                delete message.type_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.provider_meta = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.provider_meta);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.client_capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tfplugin6.ReadDataSource.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ReadDataSource.Request";
            };

            return Request;
        })();

        ReadDataSource.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tfplugin6.ReadDataSource.Response.$Properties
             * @property {tfplugin6.DynamicValue.$Properties|null} [state] Response state
             * @property {Array.<tfplugin6.Diagnostic.$Properties>|null} [diagnostics] Response diagnostics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tfplugin6.ReadDataSource
             * @interface IResponse
             * @augments tfplugin6.ReadDataSource.Response.$Properties
             * @deprecated Use tfplugin6.ReadDataSource.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   state?: tfplugin6.DynamicValue.$Shape|null;
             *   diagnostics?: Array.<tfplugin6.Diagnostic.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tfplugin6.ReadDataSource.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tfplugin6.ReadDataSource
             * @classdesc Represents a Response.
             * @constructor
             * @param {tfplugin6.ReadDataSource.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Response = function (properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response state.
             * @member {tfplugin6.DynamicValue.$Properties|null|undefined} state
             * @memberof tfplugin6.ReadDataSource.Response
             * @instance
             */
            Response.prototype.state = null;

            /**
             * Response diagnostics.
             * @member {Array.<tfplugin6.Diagnostic.$Properties>} diagnostics
             * @memberof tfplugin6.ReadDataSource.Response
             * @instance
             */
            Response.prototype.diagnostics = $util.emptyArray;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tfplugin6.ReadDataSource.Response
             * @static
             * @param {tfplugin6.ReadDataSource.Response.$Properties=} [properties] Properties to set
             * @returns {tfplugin6.ReadDataSource.Response} Response instance
             * @type {{
             *   (properties: tfplugin6.ReadDataSource.Response.$Shape): tfplugin6.ReadDataSource.Response & tfplugin6.ReadDataSource.Response.$Shape;
             *   (properties?: tfplugin6.ReadDataSource.Response.$Properties): tfplugin6.ReadDataSource.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadDataSource.Response.verify|verify} messages.
             * @function encode
             * @memberof tfplugin6.ReadDataSource.Response
             * @static
             * @param {tfplugin6.ReadDataSource.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.tfplugin6.DynamicValue.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tfplugin6.ReadDataSource.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tfplugin6.ReadDataSource.Response & tfplugin6.ReadDataSource.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tfplugin6.ReadDataSource.Response();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.tfplugin6.DynamicValue.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tfplugin6.ReadDataSource.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tfplugin6.ReadDataSource.Response";
            };

            return Response;
        })();

        return ReadDataSource;
    })();

    return tfplugin6;
})();

$root.plugin = (function() {

    /**
     * Namespace plugin.
     * @exports plugin
     * @namespace
     */
    var plugin = {};

    plugin.Empty = (function() {

        /**
         * Properties of an Empty.
         * @typedef {Object} plugin.Empty.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Empty.
         * @memberof plugin
         * @interface IEmpty
         * @augments plugin.Empty.$Properties
         * @deprecated Use plugin.Empty.$Properties instead.
         */

        /**
         * Shape of an Empty.
         * @typedef {plugin.Empty.$Properties} plugin.Empty.$Shape
         */

        /**
         * Constructs a new Empty.
         * @memberof plugin
         * @classdesc Represents an Empty.
         * @constructor
         * @param {plugin.Empty.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Empty = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new Empty instance using the specified properties.
         * @function create
         * @memberof plugin.Empty
         * @static
         * @param {plugin.Empty.$Properties=} [properties] Properties to set
         * @returns {plugin.Empty} Empty instance
         * @type {{
         *   (properties: plugin.Empty.$Shape): plugin.Empty & plugin.Empty.$Shape;
         *   (properties?: plugin.Empty.$Properties): plugin.Empty;
         * }}
         */
        Empty.create = function(properties) {
            return new Empty(properties);
        };

        /**
         * Encodes the specified Empty message. Does not implicitly {@link plugin.Empty.verify|verify} messages.
         * @function encode
         * @memberof plugin.Empty
         * @static
         * @param {plugin.Empty.$Properties} message Empty message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Empty.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @function decode
         * @memberof plugin.Empty
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {plugin.Empty & plugin.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Empty.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.plugin.Empty();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Empty
         * @function getTypeUrl
         * @memberof plugin.Empty
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Empty.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/plugin.Empty";
        };

        return Empty;
    })();

    return plugin;
})();

module.exports = $root;
