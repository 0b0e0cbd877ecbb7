<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.11.0" name="tissue" tilewidth="16" tileheight="16" tilecount="6" columns="6">
 <image source="../../assets/minigame/tissue.png" width="96" height="16"/>
 <tile id="0">
  <properties>
   <property name="tissue" value="void"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tissue" value="enamel"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tissue" value="dentin"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tissue" value="pulp"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tissue" value="gum"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tissue" value="pigment"/>
  </properties>
 </tile>
</tileset>
