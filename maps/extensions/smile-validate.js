/// <reference types="@mapeditor/tiled-api" />
/*
 * Smile Protocol: the project's map checker inside Tiled.
 *
 * Loaded by Tiled from maps/extensions/ (smile.tiled-project sets
 * "extensionsPath": "extensions"). On every save of a map, tileset or
 * template under this project, and on demand (Map › Validate Smile Map,
 * Ctrl+Shift+V), it runs `python3 -m game.tools.check FILE` from the project
 * root and puts each message in Tiled's Issues panel (View › Views and
 * Toolbars › Issues). Double-clicking a message that names an object
 * (#id) selects that object and centres the view on it.
 *
 * Tiled's scripting can run a process (Process.exec, Tiled 1.5+), so the
 * checker is the very same one CI runs: there is no second copy of the rules.
 * If Python cannot be started, one error in the Issues panel says so.
 */

var PYTHONS = ["python3", "python"];
var LINE = /^(ERROR|WARN)\s+(.*)$/;
var OBJECT_ID = /›\s*#(\d+)/;
var CHECKED = /\.(tmx|tsx|tx)$/;

function projectRoot() {
    // maps/smile.tiled-project -> the repository root (one folder up)
    var project = tiled.projectFilePath;
    if (!project) {
        return "";
    }
    return FileInfo.path(FileInfo.path(project));
}

function runChecker(fileName) {
    var root = projectRoot();
    for (var i = 0; i < PYTHONS.length; ++i) {
        var process = new Process();
        process.workingDirectory = root;
        process.codec = "UTF-8";
        var code = process.exec(PYTHONS[i], ["-m", "game.tools.check", fileName], false);
        if (code >= 0) {
            var out = process.readStdOut();
            process.close();
            return { ok: true, output: out };
        }
        process.close();
    }
    return { ok: false, output: "" };
}

function findObject(map, id) {
    var found = null;
    function walk(layers) {
        for (var i = 0; i < layers.length && !found; ++i) {
            var layer = layers[i];
            if (layer.isObjectLayer) {
                layer.objects.forEach(function (obj) {
                    if (obj.id === id) {
                        found = obj;
                    }
                });
            } else if (layer.isGroupLayer) {
                walk(layer.layers);
            }
        }
    }
    walk(map.layers);
    return found;
}

function selectObject(asset, id) {
    return function () {
        if (!asset || !asset.isTileMap) {
            return;
        }
        tiled.activeAsset = asset;
        var obj = findObject(asset, id);
        if (!obj) {
            return;
        }
        asset.selectedObjects = [obj];
        var view = tiled.mapEditor.currentMapView;
        if (view) {
            view.centerOn(obj.x + obj.width / 2, obj.y + obj.height / 2);
        }
    };
}

function report(asset, output) {
    var lines = output.split("\n");
    var count = 0;
    lines.forEach(function (line) {
        var match = LINE.exec(line);
        if (!match) {
            return;
        }
        var id = OBJECT_ID.exec(match[2]);
        var onClick = id ? selectObject(asset, parseInt(id[1], 10)) : undefined;
        if (match[1] === "ERROR") {
            tiled.error(match[2], onClick);
        } else {
            tiled.warn(match[2], onClick);
        }
        count += 1;
    });
    var summary = lines.filter(function (l) { return /errors?, \d+ warnings?$/.test(l); });
    tiled.log("Smile check: " + (summary.length ? summary[0] : count + " messages"));
}

function validate(asset) {
    if (!asset || !CHECKED.test(asset.fileName)) {
        return;
    }
    var result = runChecker(asset.fileName);
    if (!result.ok) {
        tiled.error("Smile check: could not start python3 or python from " +
            projectRoot() + "; install Python 3.11 and run pip install -e . there");
        return;
    }
    report(asset, result.output);
}

var action = tiled.registerAction("SmileValidate", function () {
    validate(tiled.activeAsset);
});
action.text = "Validate Smile Map";
action.shortcut = "Ctrl+Shift+V";

tiled.extendMenu("Map", [
    { separator: true },
    { action: "SmileValidate" }
]);

tiled.assetSaved.connect(validate);
tiled.log("Smile check extension loaded: validates on save and with Map › Validate Smile Map");
