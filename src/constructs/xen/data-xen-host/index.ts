// https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/data-sources/host
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataXenHostConfig extends cdktf.TerraformMetaArguments {
  /**
  * The `name` of a `host` block of the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/data-sources/host#name DataXenHost#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/data-sources/host xen_host}
*/
export class DataXenHost extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "xen_host";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataXenHost resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataXenHost to import
  * @param importFromId The id of the existing DataXenHost that should be imported. Refer to the {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/data-sources/host#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataXenHost to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "xen_host", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/xen-cdk/xen/latest/docs/data-sources/host xen_host} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataXenHostConfig
  */
  public constructor(scope: Construct, id: string, config: DataXenHostConfig) {
    super(scope, id, {
      terraformResourceType: 'xen_host',
      terraformGeneratorMetadata: {
        providerName: 'xen',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // arch - computed: true, optional: false, required: false
  public get arch() {
    return this.getStringAttribute('arch');
  }

  // available_memory - computed: true, optional: false, required: false
  public get availableMemory() {
    return this.getNumberAttribute('available_memory');
  }

  // bridges - computed: true, optional: false, required: false
  public get bridges() {
    return this.getListAttribute('bridges');
  }

  // dom0_memory - computed: true, optional: false, required: false
  public get dom0Memory() {
    return this.getNumberAttribute('dom0_memory');
  }

  // free_memory - computed: true, optional: false, required: false
  public get freeMemory() {
    return this.getNumberAttribute('free_memory');
  }

  // gic_v2_compatible - computed: true, optional: false, required: false
  public get gicV2Compatible() {
    return this.getBooleanAttribute('gic_v2_compatible');
  }

  // gic_version - computed: true, optional: false, required: false
  public get gicVersion() {
    return this.getStringAttribute('gic_version');
  }

  // guest_memory - computed: true, optional: false, required: false
  private _guestMemory = new cdktf.NumberMap(this, "guest_memory");
  public get guestMemory() {
    return this._guestMemory;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // nr_cpus - computed: true, optional: false, required: false
  public get nrCpus() {
    return this.getNumberAttribute('nr_cpus');
  }

  // supported_types - computed: true, optional: false, required: false
  public get supportedTypes() {
    return this.getListAttribute('supported_types');
  }

  // total_memory - computed: true, optional: false, required: false
  public get totalMemory() {
    return this.getNumberAttribute('total_memory');
  }

  // virt_caps - computed: true, optional: false, required: false
  public get virtCaps() {
    return this.getStringAttribute('virt_caps');
  }

  // xen_caps - computed: true, optional: false, required: false
  public get xenCaps() {
    return this.getStringAttribute('xen_caps');
  }

  // xen_version - computed: true, optional: false, required: false
  public get xenVersion() {
    return this.getStringAttribute('xen_version');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
